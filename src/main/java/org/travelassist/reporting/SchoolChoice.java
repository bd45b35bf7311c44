package org.travelassist.reporting;

/** A school the dashboard can be narrowed to: one that families have applied for. */
public record SchoolChoice(String urn, String name) {}
