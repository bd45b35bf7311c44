package org.travelassist.schools.internal;

import java.util.Set;

/** How a GIAS establishment type counts for the travel rules. */
final class GiasClassification {

    /** Schedule 35B para 15(2): the types of school that are qualifying schools. */
    static final Set<String> QUALIFYING_TYPES = Set.of(
            "Community school", "Foundation school", "Voluntary aided school", "Voluntary controlled school",
            "Community special school", "Foundation special school", "Non-maintained special school",
            "Pupil referral unit", "Local authority nursery school", "City technology college",
            "Academy converter", "Academy sponsor led", "Academy special converter", "Academy special sponsor led",
            "Academy alternative provision converter", "Academy alternative provision sponsor led",
            "Academy 16-19 converter", "Academy 16 to 19 sponsor led", "Free schools", "Free schools special",
            "Free schools alternative provision", "Free schools 16 to 19", "Studio schools", "University technical college");

    static final Set<String> OPEN_STATUSES = Set.of("Open", "Open, but proposed to close");

    private GiasClassification() {}

    static boolean qualifying(String type) {
        return QUALIFYING_TYPES.contains(type);
    }

    static boolean independent(String type, String typeGroup) {
        return "Independent schools".equals(typeGroup) || type.startsWith("Other independent");
    }

    static boolean special(String type) {
        return type.toLowerCase(java.util.Locale.UK).contains("special");
    }
}
