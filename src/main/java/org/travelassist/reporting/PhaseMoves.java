package org.travelassist.reporting;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.travelassist.eligibility.SchoolCalendar;
import org.travelassist.shared.GovukDates;

/**
 * Children who moved up a phase since their decision: from primary (Reception to Year 6) to secondary (Year 7 to
 * 11), or from secondary to post-16 (Year 12 on). The decision was made for a child of the earlier phase, so the
 * re-assessment lists them with why: the stored school may not take the new year group, and after Year 11 the
 * statutory categories end and the council's post-16 transport policy statement (Education Act 1996 s509AA)
 * applies instead. Pure, so every case is a unit test; the re-assessment and the re-apply reminders use it.
 */
public final class PhaseMoves {

    private PhaseMoves() {}

    public enum Phase {
        PRIMARY("primary"),
        SECONDARY("secondary"),
        POST_16("post-16");

        public final String label;

        Phase(String label) {
            this.label = label;
        }

        /** Reception is 0, Year 1 is 1, ... as {@link SchoolCalendar#yearGroup} counts. */
        public static Phase of(int yearGroup) {
            return yearGroup <= 6 ? PRIMARY : yearGroup <= 11 ? SECONDARY : POST_16;
        }

        /** The first year group of the phase. */
        int firstYear() {
            return switch (this) {
                case PRIMARY -> 0;
                case SECONDARY -> 7;
                case POST_16 -> 12;
            };
        }
    }

    /** The stored school as the school register has it: the statutory ages it takes. */
    public record School(String name, int lowAge, int highAge) {

        /** As eligibility tests suitability: the age on the 31 August before the school year fixes the year group. */
        boolean takes(int yearGroup) {
            int age = yearGroup + 4;
            return age >= lowAge && age < highAge;
        }
    }

    /**
     * A move up a phase.
     *
     * @param on the first day of the school year the child started the new phase
     * @param schoolStillFits whether the stored school takes the child's year group now; null when it is not in the
     *     register
     */
    public record Move(Phase from, Phase to, int yearThen, int yearNow, LocalDate on, @Nullable Boolean schoolStillFits, String why) {

        /** "Year 6 to Year 7". */
        public String label() {
            return "Year " + (to.firstYear() - 1) + " to Year " + to.firstYear();
        }
    }

    /**
     * The move since the decision, if the child is in another phase at the start of {@code year} than when decided.
     *
     * @param school the stored school; null when the application has none or the register does not know it
     */
    public static Optional<Move> since(LocalDate dateOfBirth, LocalDate decidedOn, PolicyYear year, @Nullable String schoolName,
            @Nullable School school) {
        int yearThen = SchoolCalendar.yearGroup(dateOfBirth, decidedOn);
        int yearNow = SchoolCalendar.yearGroup(dateOfBirth, year.first());
        Phase from = Phase.of(yearThen);
        Phase to = Phase.of(yearNow);
        if (to.compareTo(from) <= 0) {
            return Optional.empty();
        }
        LocalDate on = SchoolCalendar.startOfSchoolYear(year.first()).minusYears(yearNow - to.firstYear());
        @Nullable Boolean fits = school == null ? null : school.takes(yearNow);
        String named = school == null ? (schoolName == null ? "The stored school" : schoolName) : school.name() + " (ages " + school.lowAge()
                + " to " + school.highAge() + ")";
        var why = new StringBuilder("Moved from Year " + (to.firstYear() - 1) + " to Year " + to.firstYear() + " on " + GovukDates.day(on)
                + (yearNow > to.firstYear() ? " (now Year " + yearNow + ")" : "") + ", since the decision in Year " + yearThen + ". ");
        if (fits == null) {
            why.append(named).append(" is not in the school register, so whether it takes Year ").append(yearNow).append(" cannot be said. ");
        } else if (!fits) {
            why.append(named).append(" does not take Year ").append(yearNow).append(", so the stored school no longer fits. ");
        } else {
            why.append(named).append(" still takes Year ").append(yearNow).append(". ");
        }
        if (to == Phase.POST_16) {
            why.append("Compulsory school age ended on ").append(GovukDates.day(SchoolCalendar.compulsorySchoolAgeEnds(dateOfBirth)))
                    .append(", so the statutory categories no longer apply: post-16 travel follows the council's post-16 transport policy "
                            + "statement, and the family must apply again.");
        } else if (Boolean.TRUE.equals(fits)) {
            why.append("From Year 7 the low-income categories for age 11 and over (D2, D3) apply instead of D1.");
        } else {
            why.append("The family must apply for travel to the child's secondary school.");
        }
        return Optional.of(new Move(from, to, yearThen, yearNow, on, fits, why.toString()));
    }

    /**
     * Whether the child is in the last year of secondary (Year 11) on {@code day}: their statutory entitlement ends
     * with it, so the family must apply again for post-16 travel.
     */
    public static boolean dueToReapplyForPost16(LocalDate dateOfBirth, LocalDate day) {
        return SchoolCalendar.yearGroup(dateOfBirth, day) == 11;
    }
}
