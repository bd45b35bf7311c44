package org.travelassist.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What the rules are asked about one child.
 *
 * @param chosenSchoolUrn the school the child attends or will attend; null when not decided, in which case the
 *     answer is for the nearest suitable school
 * @param officerFindsCannotWalk an officer's judgement (category A) that, because of SEN, disability or mobility,
 *     the child cannot reasonably be expected to walk; null until an officer decides
 * @param officerFindsRouteUnsafe an officer's route assessment (category B); null until assessed
 * @param lowIncome the child is entitled to free school meals (Schedule 35B para 14)
 * @param religionOrBelief the religious character of school the parent wants on grounds of religion or belief
 * @param ehcpNamedSchoolUrns the schools an EHC plan names, if the child has one
 * @param sex matters only for single-sex schools; null when not known, and then a single-sex school is not counted
 * @param suitableForSelectiveSchool whether the child has been assessed as suitable for a grammar school; null when
 *     not assessed. A selective school is suitable only for a child assessed as suitable
 * @param schoolMarks the officer's findings that a school has no place or cannot meet the child's needs
 */
public record EligibilityQuestion(
        LocalDate dateOfBirth,
        LocalDate assessmentDate,
        @Nullable String chosenSchoolUrn,
        boolean senDisabilityOrMobility,
        @Nullable Boolean officerFindsCannotWalk,
        @Nullable Boolean officerFindsRouteUnsafe,
        boolean lowIncome,
        @Nullable String religionOrBelief,
        List<String> ehcpNamedSchoolUrns,
        @Nullable Sex sex,
        @Nullable Boolean suitableForSelectiveSchool,
        List<SchoolMark> schoolMarks) {

    /** GIAS's "Gender" of a single-sex school is "Girls" or "Boys". */
    public enum Sex {
        GIRL("Girls"),
        BOY("Boys");

        private final String schoolGender;

        Sex(String schoolGender) {
            this.schoolGender = schoolGender;
        }

        public boolean admittedTo(String giasGender) {
            return schoolGender.equalsIgnoreCase(giasGender.strip());
        }

        /** "girl" or "boy", for sentences. */
        public String word() {
            return name().toLowerCase(Locale.UK);
        }
    }

    public EligibilityQuestion {
        // Results stored before a component existed come back with it null.
        ehcpNamedSchoolUrns = ehcpNamedSchoolUrns == null ? List.of() : List.copyOf(ehcpNamedSchoolUrns);
        schoolMarks = schoolMarks == null ? List.of() : List.copyOf(schoolMarks);
    }

    /** The checker's question: no selective-school assessment and no officer's findings about schools. */
    public EligibilityQuestion(LocalDate dateOfBirth, LocalDate assessmentDate, @Nullable String chosenSchoolUrn,
            boolean senDisabilityOrMobility, @Nullable Boolean officerFindsCannotWalk, @Nullable Boolean officerFindsRouteUnsafe,
            boolean lowIncome, @Nullable String religionOrBelief, List<String> ehcpNamedSchoolUrns, @Nullable Sex sex) {
        this(dateOfBirth, assessmentDate, chosenSchoolUrn, senDisabilityOrMobility, officerFindsCannotWalk, officerFindsRouteUnsafe,
                lowIncome, religionOrBelief, ehcpNamedSchoolUrns, sex, null, List.of());
    }

    /** A question with only the essentials: no needs, no low income, no preference. */
    public static EligibilityQuestion of(LocalDate dateOfBirth, LocalDate assessmentDate, @Nullable String chosenSchoolUrn) {
        return new EligibilityQuestion(dateOfBirth, assessmentDate, chosenSchoolUrn, false, null, null, false, null, List.of(), null);
    }

    public EligibilityQuestion withSchoolMarks(List<SchoolMark> marks) {
        return new EligibilityQuestion(dateOfBirth, assessmentDate, chosenSchoolUrn, senDisabilityOrMobility, officerFindsCannotWalk,
                officerFindsRouteUnsafe, lowIncome, religionOrBelief, ehcpNamedSchoolUrns, sex, suitableForSelectiveSchool, marks);
    }

    public EligibilityQuestion withSelectiveAssessment(@Nullable Boolean suitable) {
        return new EligibilityQuestion(dateOfBirth, assessmentDate, chosenSchoolUrn, senDisabilityOrMobility, officerFindsCannotWalk,
                officerFindsRouteUnsafe, lowIncome, religionOrBelief, ehcpNamedSchoolUrns, sex, suitable, schoolMarks);
    }

    public EligibilityQuestion withEhcpNamedSchools(List<String> urns) {
        return new EligibilityQuestion(dateOfBirth, assessmentDate, chosenSchoolUrn, senDisabilityOrMobility, officerFindsCannotWalk,
                officerFindsRouteUnsafe, lowIncome, religionOrBelief, urns, sex, suitableForSelectiveSchool, schoolMarks);
    }

    /** The child's age in whole years on the assessment day: "has attained the age of 11" (Schedule 35B para 11). */
    public int age() {
        return SchoolCalendar.ageOn(dateOfBirth, assessmentDate);
    }
}
