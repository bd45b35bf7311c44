package org.travelassist.eligibility;

import static org.travelassist.eligibility.EligibilityResult.Finding.FOR_THE_COUNCIL_TO_ASSESS;
import static org.travelassist.eligibility.EligibilityResult.Finding.MET;
import static org.travelassist.eligibility.EligibilityResult.Finding.NOT_MET;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.travelassist.eligibility.EligibilityResult.Category;
import org.travelassist.eligibility.EligibilityResult.CategoryFinding;
import org.travelassist.eligibility.EligibilityResult.Finding;
import org.travelassist.eligibility.EligibilityResult.Outcome;
import org.travelassist.eligibility.EligibilityResult.SchoolFinding;
import org.travelassist.shared.GovukDates;

/**
 * The statutory eligibility rules for free home-to-school travel (Education Act 1996 s508B and Schedule 35B),
 * under one council policy. Pure: the caller measures the distances; nothing here reads a clock or a database.
 *
 * <p>"More than" is strict: a school exactly 2 miles away is within walking distance. The 6- and 15-mile limits
 * are "not more than", measured by road; the walking limits by the shortest walking route.
 */
public final class EligibilityRules {

    private static final String LOW_INCOME_ONLY = "Only for families who get free school meals or the maximum Working Tax Credit.";
    private static final String ELEVEN_OR_OVER_ONLY = "Only for children aged 11 or over.";

    private EligibilityRules() {}

    /**
     * @param distanceMethod how the candidates' distances were measured, in plain English
     * @param indicative true when they are straight lines rather than measured routes
     */
    public static EligibilityResult assess(EligibilityQuestion question, List<CandidateSchool> candidates,
            EligibilityPolicy policy, String distanceMethod, boolean indicative) {
        var day = question.assessmentDate();
        var dob = question.dateOfBirth();
        int age = policy.ageConvention() == EligibilityPolicy.AgeConvention.EIGHTH_BIRTHDAY
                ? SchoolCalendar.ageOn(dob, day)
                : SchoolCalendar.ageAtStartOfSchoolYear(dob, day);
        Distance walkingLimit = age < 8 ? Distance.TWO_MILES : Distance.THREE_MILES;

        List<SchoolFinding> considered = consider(question, candidates);
        if (!SchoolCalendar.isOfCompulsorySchoolAge(dob, day)) {
            boolean young = day.isBefore(SchoolCalendar.compulsorySchoolAgeStarts(dob));
            String text = young ? policy.underCompulsoryAge() : policy.overCompulsoryAge();
            String when = young
                    ? "Your child is not of compulsory school age until " + format(SchoolCalendar.compulsorySchoolAgeStarts(dob)) + ". "
                    : "Your child was of compulsory school age until " + format(SchoolCalendar.compulsorySchoolAgeEnds(dob)) + ". ";
            return new EligibilityResult(question, Outcome.DISCRETIONARY, when + text, List.of(), null, considered, age,
                    walkingLimit, policy.version(), distanceMethod, indicative);
        }

        Optional<SchoolFinding> nearestSuitable = considered.stream().filter(SchoolFinding::suitable).findFirst();
        SchoolFinding school;
        if (question.chosenSchoolUrn() != null) {
            school = considered.stream().filter(s -> s.urn().equals(question.chosenSchoolUrn())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No school " + question.chosenSchoolUrn() + " among the candidates"));
        } else if (nearestSuitable.isPresent()) {
            school = nearestSuitable.get();
        } else {
            return new EligibilityResult(question, Outcome.NOT_ELIGIBLE,
                    "We could not find a suitable school for your child in the area we searched. Contact the council.",
                    List.of(), null, considered, age, walkingLimit, policy.version(), distanceMethod, indicative);
        }

        CandidateSchool facts = candidates.stream().filter(c -> c.urn().equals(school.urn())).findFirst().orElseThrow();
        var findings = new ArrayList<CategoryFinding>();
        if (!school.suitable()) {
            for (Category category : Category.values()) {
                findings.add(new CategoryFinding(category, NOT_MET, school.name() + " is not one the rules cover: " + school.reason()));
            }
        } else {
            boolean nearest = nearestSuitable.map(n -> n.urn().equals(school.urn())).orElse(false);
            String nearer = nearestSuitable.filter(n -> !nearest).map(n -> n.name() + " is nearer ("
                    + n.walking().describe() + ") and suitable for your child.").orElse("");
            boolean beyondWalking = school.walking().isMoreThan(walkingLimit);
            String limit = (age < 8 ? "2" : "3") + " miles, the walking distance for a child aged " + age;
            findings.add(categoryA(question, school, nearest, nearer, beyondWalking));
            findings.add(categoryB(question, nearest, nearer, beyondWalking));
            findings.add(categoryC(school, nearest, nearer, beyondWalking, limit));
            findings.add(categoryD1(question, school, age, nearest, nearer));
            findings.add(categoryD2(question, school, age, considered));
            findings.add(categoryD3(question, school, facts, age, considered, candidates));
        }
        Outcome outcome = findings.stream().anyMatch(f -> f.finding() == MET) ? Outcome.ELIGIBLE
                : findings.stream().anyMatch(f -> f.finding() == FOR_THE_COUNCIL_TO_ASSESS) ? Outcome.COUNCIL_TO_ASSESS
                : Outcome.NOT_ELIGIBLE;
        return new EligibilityResult(question, outcome, summary(outcome, school, findings), List.copyOf(findings), school, considered,
                age, walkingLimit, policy.version(), distanceMethod, indicative);
    }

    private static CategoryFinding categoryA(EligibilityQuestion q, SchoolFinding school, boolean nearest, String nearer, boolean beyond) {
        if (!q.senDisabilityOrMobility()) {
            return finding(Category.A, NOT_MET, "You did not tell us about special educational needs, a disability or a mobility problem.");
        }
        if (!nearest) {
            return finding(Category.A, NOT_MET, nearer);
        }
        if (beyond) {
            return finding(Category.A, NOT_MET, "Not needed: " + school.name() + " is beyond walking distance, which qualifies on its own.");
        }
        if (q.officerFindsCannotWalk() == null) {
            return finding(Category.A, FOR_THE_COUNCIL_TO_ASSESS, "An officer decides whether, because of these needs, your child "
                    + "cannot reasonably be expected to walk to " + school.name() + ", even with an adult.");
        }
        return q.officerFindsCannotWalk()
                ? finding(Category.A, MET, "An officer found that your child cannot reasonably be expected to walk, even with an adult.")
                : finding(Category.A, NOT_MET, "An officer found that your child can walk to school with an adult if needed.");
    }

    private static CategoryFinding categoryB(EligibilityQuestion q, boolean nearest, String nearer, boolean beyond) {
        if (!nearest) {
            return finding(Category.B, NOT_MET, nearer);
        }
        if (beyond) {
            return finding(Category.B, NOT_MET, "Not needed: the school is beyond walking distance, which qualifies on its own.");
        }
        if (q.officerFindsRouteUnsafe() == null) {
            return finding(Category.B, NOT_MET, "The route has not been assessed as unsafe. If you think no walking route is safe "
                    + "for your child, even with an adult, say so when you apply and the council will assess it.");
        }
        return q.officerFindsRouteUnsafe()
                ? finding(Category.B, MET, "The council assessed the walking route and found it unsafe, even with an adult.")
                : finding(Category.B, NOT_MET, "The council assessed the walking route and found it safe to walk with an adult.");
    }

    private static CategoryFinding categoryC(SchoolFinding school, boolean nearest, String nearer, boolean beyond, String limit) {
        if (!nearest) {
            return finding(Category.C, NOT_MET, nearer);
        }
        return beyond
                ? finding(Category.C, MET, school.name() + " is " + school.walking().describe() + " away, more than " + limit + ".")
                : finding(Category.C, NOT_MET, school.name() + " is " + school.walking().describe() + " away, not more than " + limit + ".");
    }

    private static CategoryFinding categoryD1(EligibilityQuestion q, SchoolFinding school, int age, boolean nearest, String nearer) {
        if (!q.lowIncome()) {
            return finding(Category.D1, NOT_MET, LOW_INCOME_ONLY);
        }
        if (age < 8 || age >= 11) {
            return finding(Category.D1, NOT_MET, "Only for children aged 8, 9 or 10.");
        }
        if (!nearest) {
            return finding(Category.D1, NOT_MET, nearer);
        }
        return school.walking().isMoreThan(Distance.TWO_MILES)
                ? finding(Category.D1, MET, school.name() + " is " + school.walking().describe() + " away, more than 2 miles.")
                : finding(Category.D1, NOT_MET, school.name() + " is " + school.walking().describe() + " away, not more than 2 miles.");
    }

    private static CategoryFinding categoryD2(EligibilityQuestion q, SchoolFinding school, int age, List<SchoolFinding> considered) {
        if (!q.lowIncome()) {
            return finding(Category.D2, NOT_MET, LOW_INCOME_ONLY);
        }
        if (age < 11) {
            return finding(Category.D2, NOT_MET, ELEVEN_OR_OVER_ONLY);
        }
        long nearer = considered.stream().filter(s -> s.suitable() && school.walking().isMoreThan(s.walking())).count();
        if (nearer >= 3) {
            return finding(Category.D2, NOT_MET, nearer + " suitable schools are nearer than " + school.name() + ": it is not one of the three nearest.");
        }
        if (!school.walking().isMoreThan(Distance.TWO_MILES)) {
            return finding(Category.D2, NOT_MET, school.name() + " is " + school.walking().describe() + " away, not more than 2 miles.");
        }
        Distance road = school.road();
        if (road == null) {
            return finding(Category.D2, NOT_MET, "We could not measure a road route to " + school.name() + ".");
        }
        if (road.isMoreThan(Distance.SIX_MILES)) {
            return finding(Category.D2, NOT_MET, school.name() + " is " + road.describe() + " by road, more than 6 miles.");
        }
        return finding(Category.D2, MET, school.name() + " is one of the three nearest suitable schools, more than 2 miles on foot and "
                + "not more than 6 miles by road (" + road.describe() + ").");
    }

    private static CategoryFinding categoryD3(EligibilityQuestion q, SchoolFinding school, CandidateSchool facts, int age,
            List<SchoolFinding> considered, List<CandidateSchool> candidates) {
        if (!q.lowIncome()) {
            return finding(Category.D3, NOT_MET, LOW_INCOME_ONLY);
        }
        if (age < 11) {
            return finding(Category.D3, NOT_MET, ELEVEN_OR_OVER_ONLY);
        }
        String religion = q.religionOrBelief();
        if (religion == null || religion.isBlank()) {
            return finding(Category.D3, NOT_MET, "Only when you want a school because of your religion or belief.");
        }
        if (!facts.hasReligiousCharacter(religion)) {
            return finding(Category.D3, NOT_MET, school.name() + " does not have a " + religion + " religious character.");
        }
        Optional<SchoolFinding> nearerOfFaith = considered.stream()
                .filter(s -> s.suitable() && school.walking().isMoreThan(s.walking()))
                .filter(s -> candidates.stream().anyMatch(c -> c.urn().equals(s.urn()) && c.hasReligiousCharacter(religion)))
                .findFirst();
        if (nearerOfFaith.isPresent()) {
            return finding(Category.D3, NOT_MET, nearerOfFaith.get().name() + " is a nearer suitable " + religion + " school.");
        }
        if (!school.walking().isMoreThan(Distance.TWO_MILES)) {
            return finding(Category.D3, NOT_MET, school.name() + " is " + school.walking().describe() + " away, not more than 2 miles.");
        }
        Distance road = school.road();
        if (road == null) {
            return finding(Category.D3, NOT_MET, "We could not measure a road route to " + school.name() + ".");
        }
        if (road.isMoreThan(Distance.FIFTEEN_MILES)) {
            return finding(Category.D3, NOT_MET, school.name() + " is " + road.describe() + " by road, more than 15 miles.");
        }
        return finding(Category.D3, MET, school.name() + " is the nearest suitable " + religion + " school, more than 2 miles on foot "
                + "and not more than 15 miles by road (" + road.describe() + ").");
    }

    /** Every candidate, nearest first by walking distance, with why it is or is not suitable for this child. */
    static List<SchoolFinding> consider(EligibilityQuestion q, List<CandidateSchool> candidates) {
        int yearGroupAge = SchoolCalendar.ageAtStartOfSchoolYear(q.dateOfBirth(), q.assessmentDate());
        List<CandidateSchool> byDistance = candidates.stream()
                .sorted(Comparator.comparing(CandidateSchool::walking).thenComparing(CandidateSchool::name)).toList();
        // Schedule 35B para 15(3): an independent school named in an EHC plan qualifies if it is the only one
        // named, or the nearest of those named.
        List<CandidateSchool> named = byDistance.stream().filter(c -> q.ehcpNamedSchoolUrns().contains(c.urn())).toList();
        @Nullable String nearestNamed = named.isEmpty() ? null : named.getFirst().urn();
        var findings = new ArrayList<SchoolFinding>();
        int rank = 0;
        for (CandidateSchool school : byDistance) {
            String unsuitable = unsuitability(q, school, yearGroupAge, nearestNamed);
            boolean suitable = unsuitable == null;
            String reason = suitable
                    ? (named.isEmpty() ? "Suitable for your child's age. We assume a place is available: the council checks."
                            : "Named in your child's EHC plan.")
                    : unsuitable;
            findings.add(new SchoolFinding(school.urn(), school.name(), suitable, reason, suitable ? ++rank : 0, school.walking(), school.road()));
        }
        return List.copyOf(findings);
    }

    private static @Nullable String unsuitability(EligibilityQuestion q, CandidateSchool school, int yearGroupAge, @Nullable String nearestNamed) {
        if (!q.ehcpNamedSchoolUrns().isEmpty()) {
            if (!q.ehcpNamedSchoolUrns().contains(school.urn())) {
                return "Not named in your child's EHC plan.";
            }
            if (school.independent() && !school.urn().equals(nearestNamed)) {
                return "An independent school that is not the nearest of the schools your child's EHC plan names.";
            }
            return null;
        }
        if (school.independent()) {
            return "An independent school: it counts only when an EHC plan names it.";
        }
        if (!school.qualifying()) {
            return "Not a qualifying school for free travel.";
        }
        if (school.special()) {
            return "A special school: suitable when an EHC plan names it.";
        }
        if (yearGroupAge < school.lowAge() || yearGroupAge >= school.highAge()) {
            return "Takes children aged " + school.lowAge() + " to " + school.highAge() + ", not your child's year group.";
        }
        if (!"Mixed".equalsIgnoreCase(school.gender()) && !school.gender().isBlank()
                && (q.sex() == null || !q.sex().equalsIgnoreCase(school.gender()))) {
            return "A " + school.gender().toLowerCase(Locale.UK) + "' school.";
        }
        if (school.selective()) {
            return "A selective (grammar) school: it counts only if your child has been assessed as suitable for it.";
        }
        return null;
    }

    private static String summary(Outcome outcome, SchoolFinding school, List<CategoryFinding> findings) {
        return switch (outcome) {
            case ELIGIBLE -> "Your child is likely to get free travel to " + school.name() + ": "
                    + findings.stream().filter(f -> f.finding() == MET).map(f -> f.category().title.toLowerCase(Locale.UK))
                            .reduce((a, b) -> a + "; " + b).orElse("") + ".";
            case COUNCIL_TO_ASSESS -> "Your child may get free travel to " + school.name()
                    + ". It depends on the council's assessment of your child's needs.";
            case NOT_ELIGIBLE -> "Your child is not likely to get free travel to " + school.name()
                    + " under the national rules. You can still apply: the council looks at every application.";
            case DISCRETIONARY -> "";
        };
    }

    private static CategoryFinding finding(Category category, Finding finding, String reason) {
        return new CategoryFinding(category, finding, reason);
    }

    private static String format(LocalDate date) {
        return GovukDates.day(date);
    }
}
