package org.travelassist.applications;

/** An evidence file as stored: its real media type, whatever its name says. */
public record EvidenceContent(String fileName, String mediaType, byte[] content) {}
