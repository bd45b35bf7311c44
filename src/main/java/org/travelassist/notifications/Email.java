package org.travelassist.notifications;

/** One plain-text email to one person. */
public record Email(String to, String subject, String body) {}
