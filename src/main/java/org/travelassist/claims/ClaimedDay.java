package org.travelassist.claims;

import java.time.LocalDate;

/** A day the family says they drove their child to school, and which runs. */
public record ClaimedDay(LocalDate date, Journeys journeys) {}
