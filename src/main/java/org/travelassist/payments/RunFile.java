package org.travelassist.payments;

/** A file finance downloads: its name, type and content. */
public record RunFile(String name, String contentType, byte[] content) {}
