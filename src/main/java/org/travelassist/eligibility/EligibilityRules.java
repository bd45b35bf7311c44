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
import org.travelassist.eligibility.EligibilityQuestion.Sex;
import org.travelassist.eligibility.EligibilityResult.Category;
import org.travelassist.eligibility.EligibilityResult.CategoryFinding;
import org.travelassist.eligibility.EligibilityResult.Finding;
import org.travelassist.eligibility.EligibilityResult.Measure;
import org.travelassist.eligibility.EligibilityResult.Outcome;
import org.travelassist.eligibility.EligibilityResult.SchoolFinding;
import org.travelassist.shared.GovukDates;

/**
 * The statutory eligibility rules for free home-to-school travel (Education Act 1996 s508B and Schedule 35B),
 * under one council policy. Pure: the caller measures the distances; nothing here reads a clock or a database.
 *
 * <p>"More than" is strict: a school exactly 2 miles away is within walking distance. The 6- and 15-mile limits
 * are "not more than", measured by road; the walking limits by the shortest walking route. "Nearer" is strict too:
 * two suitable schools at exactly the same distance are both the nearest.
 *
 * <p>The walking distance is 2 miles under 8 and 3 miles from 8 (s444(5)); a council may count that by year group.
 * The low-income categories (paras 9, 11, 12) always use the child's age on the day: "has attained the age of 8"
 * and "the age of 11".
 *
 * <p>A school is suitable when it suits the child's age, sex (for a single-sex school), ability and aptitude
 * (a grammar school only for a child assessed as suitable) and needs, and has a place; the officer records where a
 * nearer school has no place or cannot meet the child's needs. A parent's preference for a mixed or single-sex
 * school, or for particular subjects, does not make a school unsuitable.
 */
public final class EligibilityRules {

    private EligibilityRules() {}

    /** The checker's answer, in the family's words. */
    public static EligibilityResult assess(EligibilityQuestion question, List<CandidateSchool> candidates,
            EligibilityPolicy policy, String distanceMethod, boolean indicative) {
        return assess(question, candidates, policy, distanceMethod, indicative, Audience.FAMILY);
    }

    /**
     * @param distanceMethod how the candidates' distances were measured, in plain English
     * @param indicative true when they are straight lines rather than measured routes
     * @param audience whose words the reasons are written in
     */
    public static EligibilityResult assess(EligibilityQuestion question, List<CandidateSchool> candidates,
            EligibilityPolicy policy, String distanceMethod, boolean indicative, Audience audience) {
        var words = new Words(audience);
        var day = question.assessmentDate();
        var dob = question.dateOfBirth();
        int walkingAge = policy.ageConvention() == EligibilityPolicy.AgeConvention.EIGHTH_BIRTHDAY
                ? SchoolCalendar.ageOn(dob, day)
                : SchoolCalendar.ageAtStartOfSchoolYear(dob, day);
        Distance walkingLimit = walkingAge < 8 ? Distance.TWO_MILES : Distance.THREE_MILES;
        int age = question.age();

        List<SchoolFinding> considered = consider(question, candidates, words);
        if (!SchoolCalendar.isOfCompulsorySchoolAge(dob, day)) {
            boolean young = day.isBefore(SchoolCalendar.compulsorySchoolAgeStarts(dob));
            String text = young ? policy.underCompulsoryAge() : policy.overCompulsoryAge();
            String when = young
                    ? words.Child() + " is not of compulsory school age until " + format(SchoolCalendar.compulsorySchoolAgeStarts(dob)) + ". "
                    : words.Child() + " was of compulsory school age until " + format(SchoolCalendar.compulsorySchoolAgeEnds(dob)) + ". ";
            return new EligibilityResult(question, Outcome.DISCRETIONARY, when + text, List.of(), null, considered, walkingAge,
                    walkingLimit, policy.version(), distanceMethod, indicative, List.of());
        }

        Optional<SchoolFinding> nearestSuitable = considered.stream().filter(SchoolFinding::suitable).findFirst();
        SchoolFinding school;
        if (question.chosenSchoolUrn() != null) {
            school = considered.stream().filter(s -> s.urn().equals(question.chosenSchoolUrn())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No school " + question.chosenSchoolUrn() + " among the candidates"));
        } else if (nearestSuitable.isPresent()) {
            school = nearestSuitable.get();
        } else {
            return new EligibilityResult(question, Outcome.NOT_ELIGIBLE, words.noSuitableSchool(), List.of(), null, considered,
                    walkingAge, walkingLimit, policy.version(), distanceMethod, indicative, forTheOfficer(considered, null));
        }

        CandidateSchool facts = candidates.stream().filter(c -> c.urn().equals(school.urn())).findFirst().orElseThrow();
        var findings = new ArrayList<CategoryFinding>();
        if (!school.suitable()) {
            for (Category category : Category.values()) {
                findings.add(new CategoryFinding(category, NOT_MET, school.name() + " is not one the rules cover: " + school.reason()));
            }
        } else {
            Optional<SchoolFinding> strictlyNearer = considered.stream().filter(s -> s.suitable() && nearer(s, school)).findFirst();
            boolean nearest = strictlyNearer.isEmpty();
            String nearerReason = strictlyNearer.map(n -> n.name() + " is nearer (" + n.describeWalking() + ") and suitable for "
                    + words.child() + "." + preferenceNote(candidates, n, facts)).orElse("");
            boolean beyondWalking = school.walking().isMoreThan(walkingLimit);
            String limit = (walkingAge < 8 ? "2" : "3") + " miles, the walking distance for a child "
                    + (policy.ageConvention() == EligibilityPolicy.AgeConvention.EIGHTH_BIRTHDAY ? "aged " + walkingAge
                            : "in " + yearGroup(walkingAge) + " (the council counts by year group)");
            findings.add(categoryA(question, school, nearest, nearerReason, beyondWalking, words));
            findings.add(categoryB(question, nearest, nearerReason, beyondWalking, words));
            findings.add(categoryC(school, nearest, nearerReason, beyondWalking, limit));
            findings.add(categoryD1(question, school, age, nearest, nearerReason, words));
            findings.add(categoryD2(question, school, age, considered, words));
            findings.add(categoryD3(question, school, facts, age, considered, candidates, words));
        }
        Outcome outcome = findings.stream().anyMatch(f -> f.finding() == MET) ? Outcome.ELIGIBLE
                : findings.stream().anyMatch(f -> f.finding() == FOR_THE_COUNCIL_TO_ASSESS) ? Outcome.COUNCIL_TO_ASSESS
                : Outcome.NOT_ELIGIBLE;
        String summary = words.summary(outcome, school, findings);
        if (question.chosenSchoolUrn() == null && audience == Audience.FAMILY) {
            // Said, so a school typed but not chosen never passes silently for the nearest.
            summary = "You did not choose a school, so this answer is for the nearest suitable school, " + school.name() + ". " + summary;
        }
        return new EligibilityResult(question, outcome, summary, List.copyOf(findings), school,
                considered, walkingAge, walkingLimit, policy.version(), distanceMethod, indicative, forTheOfficer(considered, school));
    }

    /** Strictly nearer on foot: a school at exactly the same distance is not nearer. */
    private static boolean nearer(SchoolFinding candidate, SchoolFinding than) {
        return than.walking().isMoreThan(candidate.walking());
    }

    private static String yearGroup(int ageAtStartOfYear) {
        int year = ageAtStartOfYear - 4;
        return year <= 0 ? "Reception" : "Year " + year;
    }

    /** Said when the nearer school and the one asked about differ only in taking one sex or both. */
    private static String preferenceNote(List<CandidateSchool> candidates, SchoolFinding nearer, CandidateSchool asked) {
        boolean nearerSingleSex = candidates.stream().anyMatch(c -> c.urn().equals(nearer.urn()) && c.singleSex());
        return nearerSingleSex != asked.singleSex()
                ? " A preference for a mixed or a single-sex school does not make a nearer school unsuitable."
                : "";
    }

    private static CategoryFinding categoryA(EligibilityQuestion q, SchoolFinding school, boolean nearest, String nearer, boolean beyond,
            Words words) {
        if (!q.senDisabilityOrMobility()) {
            return finding(Category.A, NOT_MET, words.noNeedsReported());
        }
        if (!nearest) {
            return finding(Category.A, NOT_MET, nearer);
        }
        if (beyond) {
            return finding(Category.A, NOT_MET, "Not needed: " + school.name() + " is beyond walking distance, which qualifies on its own.");
        }
        if (q.officerFindsCannotWalk() == null) {
            return finding(Category.A, FOR_THE_COUNCIL_TO_ASSESS, words.cannotWalkToJudge(school));
        }
        return q.officerFindsCannotWalk()
                ? finding(Category.A, MET, "An officer found that " + words.child() + " cannot reasonably be expected to walk, even with an adult.")
                : finding(Category.A, NOT_MET, "An officer found that " + words.child() + " can walk to school with an adult if needed.");
    }

    private static CategoryFinding categoryB(EligibilityQuestion q, boolean nearest, String nearer, boolean beyond, Words words) {
        if (!nearest) {
            return finding(Category.B, NOT_MET, nearer);
        }
        if (beyond) {
            return finding(Category.B, NOT_MET, "Not needed: the school is beyond walking distance, which qualifies on its own.");
        }
        if (q.officerFindsRouteUnsafe() == null) {
            return finding(Category.B, NOT_MET, words.routeNotAssessed());
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
                ? finding(Category.C, MET, school.name() + " is " + school.describeWalking() + " away, more than " + limit + ".")
                : finding(Category.C, NOT_MET, school.name() + " is " + school.describeWalking() + " away, not more than " + limit + ".");
    }

    private static CategoryFinding categoryD1(EligibilityQuestion q, SchoolFinding school, int age, boolean nearest, String nearer,
            Words words) {
        if (!q.lowIncome()) {
            return finding(Category.D1, NOT_MET, words.lowIncomeOnly());
        }
        if (age < 8 || age >= 11) {
            return finding(Category.D1, NOT_MET, "Only for children aged 8, 9 or 10 (" + words.child() + " is " + age + ").");
        }
        if (!nearest) {
            return finding(Category.D1, NOT_MET, nearer);
        }
        return school.walking().isMoreThan(Distance.TWO_MILES)
                ? finding(Category.D1, MET, school.name() + " is " + school.describeWalking() + " away, more than 2 miles.")
                : finding(Category.D1, NOT_MET, school.name() + " is " + school.describeWalking() + " away, not more than 2 miles.");
    }

    private static CategoryFinding categoryD2(EligibilityQuestion q, SchoolFinding school, int age, List<SchoolFinding> considered,
            Words words) {
        if (!q.lowIncome()) {
            return finding(Category.D2, NOT_MET, words.lowIncomeOnly());
        }
        if (age < 11) {
            return finding(Category.D2, NOT_MET, words.elevenOrOverOnly(age));
        }
        long nearer = considered.stream().filter(s -> s.suitable() && nearer(s, school)).count();
        if (nearer >= 3) {
            return finding(Category.D2, NOT_MET, nearer + " suitable schools are nearer than " + school.name() + ": it is not one of the three nearest.");
        }
        if (!school.walking().isMoreThan(Distance.TWO_MILES)) {
            return finding(Category.D2, NOT_MET, school.name() + " is " + school.describeWalking() + " away, not more than 2 miles.");
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
            List<SchoolFinding> considered, List<CandidateSchool> candidates, Words words) {
        if (!q.lowIncome()) {
            return finding(Category.D3, NOT_MET, words.lowIncomeOnly());
        }
        if (age < 11) {
            return finding(Category.D3, NOT_MET, words.elevenOrOverOnly(age));
        }
        String religion = q.religionOrBelief();
        if (religion == null || religion.isBlank()) {
            return finding(Category.D3, NOT_MET, words.noReligionOrBelief());
        }
        if (!facts.hasReligiousCharacter(religion)) {
            return finding(Category.D3, NOT_MET, school.name() + " does not have a " + religion + " religious character.");
        }
        Optional<SchoolFinding> nearerOfFaith = considered.stream()
                .filter(s -> s.suitable() && nearer(s, school))
                .filter(s -> candidates.stream().anyMatch(c -> c.urn().equals(s.urn()) && c.hasReligiousCharacter(religion)))
                .findFirst();
        if (nearerOfFaith.isPresent()) {
            return finding(Category.D3, NOT_MET, nearerOfFaith.get().name() + " is a nearer suitable " + religion + " school.");
        }
        if (!school.walking().isMoreThan(Distance.TWO_MILES)) {
            return finding(Category.D3, NOT_MET, school.name() + " is " + school.describeWalking() + " away, not more than 2 miles.");
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
        return consider(q, candidates, new Words(Audience.FAMILY));
    }

    private static List<SchoolFinding> consider(EligibilityQuestion q, List<CandidateSchool> candidates, Words words) {
        int yearGroupAge = SchoolCalendar.ageAtStartOfSchoolYear(q.dateOfBirth(), q.assessmentDate());
        List<CandidateSchool> byDistance = candidates.stream()
                .sorted(Comparator.comparing(CandidateSchool::walking).thenComparing(CandidateSchool::name)).toList();
        // Schedule 35B para 15(3): an independent school named in an EHC plan qualifies if it is the only one
        // named, or the nearest of those named.
        List<CandidateSchool> named = byDistance.stream().filter(c -> q.ehcpNamedSchoolUrns().contains(c.urn())).toList();
        @Nullable String nearestNamed = named.isEmpty() ? null : named.getFirst().urn();
        var findings = new ArrayList<SchoolFinding>();
        int suitableSoFar = 0;
        @Nullable CandidateSchool previousSuitable = null;
        int previousRank = 0;
        for (CandidateSchool school : byDistance) {
            String unsuitable = unsuitability(q, school, yearGroupAge, nearestNamed, words);
            boolean suitable = unsuitable == null;
            int rank = 0;
            String reason;
            if (suitable) {
                suitableSoFar++;
                // Competition ranking: schools at exactly the same distance share the rank ("1, 1, 3").
                boolean tied = previousSuitable != null && previousSuitable.walking().equals(school.walking());
                rank = tied ? previousRank : suitableSoFar;
                reason = named.isEmpty() ? words.suitable() : "Named in " + words.childs() + " EHC plan.";
                if (tied) {
                    reason += " Exactly as near as " + previousSuitable.name() + ": both count as the nearest.";
                }
                previousSuitable = school;
                previousRank = rank;
            } else {
                reason = unsuitable;
            }
            findings.add(new SchoolFinding(school.urn(), school.name(), suitable, reason, rank, school.walking(), school.road(),
                    school.walkingMeasure()));
        }
        return List.copyOf(findings);
    }

    private static @Nullable String unsuitability(EligibilityQuestion q, CandidateSchool school, int yearGroupAge,
            @Nullable String nearestNamed, Words words) {
        Optional<SchoolMark> mark = q.schoolMarks().stream().filter(m -> m.urn().equals(school.urn())).findFirst();
        if (mark.isPresent()) {
            return mark.get().kind().label + ", the council found: " + mark.get().reason()
                    + (mark.get().reason().endsWith(".") ? "" : ".");
        }
        if (!q.ehcpNamedSchoolUrns().isEmpty()) {
            if (!q.ehcpNamedSchoolUrns().contains(school.urn())) {
                return "Not named in " + words.childs() + " EHC plan.";
            }
            if (school.independent() && !school.urn().equals(nearestNamed)) {
                return "An independent school that is not the nearest of the schools " + words.childs() + " EHC plan names.";
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
            return "Takes children aged " + school.lowAge() + " to " + school.highAge() + ", not " + words.childs() + " year group.";
        }
        if (school.singleSex()) {
            String kind = "A " + school.gender().strip().toLowerCase(Locale.UK) + "' school";
            Sex sex = q.sex();
            if (sex == null) {
                return kind + ": it counts only for a " + (school.gender().strip().equalsIgnoreCase("Girls") ? "girl" : "boy")
                        + ". " + words.sexUnknown();
            }
            if (!sex.admittedTo(school.gender())) {
                return kind + ".";
            }
        }
        if (school.selective() && !Boolean.TRUE.equals(q.suitableForSelectiveSchool())) {
            return Boolean.FALSE.equals(q.suitableForSelectiveSchool())
                    ? "A selective (grammar) school, and " + words.child() + " has not been assessed as suitable for it."
                    : "A selective (grammar) school: it counts only if " + words.child() + " has been assessed as suitable for it.";
        }
        return null;
    }

    /**
     * A school with no walking route that could change the answer (the school asked about, or a suitable one at least
     * as near) is named for the officer: its distance is a straight line, shorter than any real route.
     */
    private static List<String> forTheOfficer(List<SchoolFinding> considered, @Nullable SchoolFinding school) {
        return considered.stream()
                .filter(s -> s.walkingMeasure() == Measure.STRAIGHT_LINE)
                .filter(s -> school == null || s.urn().equals(school.urn()) || (s.suitable() && !s.walking().isMoreThan(school.walking())))
                .map(s -> "No walking route to " + s.name() + " was found, so its distance (" + s.walking().describe()
                        + ") is a straight line. Check the route on a map before relying on it.")
                .toList();
    }

    private static CategoryFinding finding(Category category, Finding finding, String reason) {
        return new CategoryFinding(category, finding, reason);
    }

    private static String format(LocalDate date) {
        return GovukDates.day(date);
    }

    /** The reasons' wording for one audience: the family in the checker, or the officer on an application. */
    private record Words(Audience audience) {

        boolean family() {
            return audience == Audience.FAMILY;
        }

        String child() {
            return family() ? "your child" : "the child";
        }

        String Child() {
            return family() ? "Your child" : "The child";
        }

        String childs() {
            return family() ? "your child's" : "the child's";
        }

        String suitable() {
            return family() ? "Suitable for your child's age. We assume a place is available: the council checks."
                    : "Suitable for the child's age; a place is taken to be available.";
        }

        String sexUnknown() {
            return family() ? "Tell us your child's sex if this school matters."
                    : "Record the child's sex on the assessment to count it.";
        }

        String noSuitableSchool() {
            return family() ? "We could not find a suitable school for your child in the area we searched. Contact the council."
                    : "No suitable school was found within 15 miles of home. Check the schools considered and any school you marked.";
        }

        String noNeedsReported() {
            return family() ? "You did not tell us about special educational needs, a disability or a mobility problem."
                    : "The family did not report special educational needs, a disability or a mobility problem.";
        }

        String cannotWalkToJudge(SchoolFinding school) {
            return family() ? "An officer decides whether, because of these needs, your child cannot reasonably be expected to walk to "
                    + school.name() + ", even with an adult."
                    : "Decide whether, because of these needs, the child cannot reasonably be expected to walk to " + school.name()
                    + ", even accompanied (Schedule 35B para 2).";
        }

        String routeNotAssessed() {
            return family() ? "The route has not been assessed as unsafe. If you think no walking route is safe for your child, "
                    + "even with an adult, say so when you apply and the council will assess it."
                    : "The walking route has not been assessed. If the family or the evidence suggests no walking route is safe, "
                    + "even accompanied, record a route safety assessment (Schedule 35B para 4).";
        }

        String lowIncomeOnly() {
            return family() ? "Only for children who get free school meals, for example because you get Universal Credit and "
                    + "earn no more than £7,400 a year after tax."
                    : "Only for a child entitled to free school meals (Schedule 35B para 14); the family did not say the child is.";
        }

        String elevenOrOverOnly(int age) {
            return "Only for children aged 11 or over (" + child() + " is " + age + ").";
        }

        String noReligionOrBelief() {
            return family() ? "Only when you want a school because of your religion or belief."
                    : "Only when the parent wants a school on grounds of religion or belief; the family did not say so.";
        }

        String summary(Outcome outcome, SchoolFinding school, List<CategoryFinding> findings) {
            String met = findings.stream().filter(f -> f.finding() == MET).map(f -> f.category().title.toLowerCase(Locale.UK))
                    .reduce((a, b) -> a + "; " + b).orElse("");
            if (family()) {
                return switch (outcome) {
                    case ELIGIBLE -> "Your child is likely to get free travel to " + school.name() + ": " + met + ".";
                    case COUNCIL_TO_ASSESS -> "Your child may get free travel to " + school.name()
                            + ". It depends on the council's assessment of your child's needs.";
                    case NOT_ELIGIBLE -> "Your child is not likely to get free travel to " + school.name()
                            + " under the national rules. You can still apply: the council looks at every application.";
                    case DISCRETIONARY -> "";
                };
            }
            return switch (outcome) {
                case ELIGIBLE -> "The rules find the child eligible for free travel to " + school.name() + ": " + met + ".";
                case COUNCIL_TO_ASSESS -> "The child may be eligible for free travel to " + school.name()
                        + ": it depends on your judgement of whether the child can walk (category A).";
                case NOT_ELIGIBLE -> "The rules do not find the child eligible for free travel to " + school.name()
                        + " under the national rules. Consider the council's discretionary policy before deciding.";
                case DISCRETIONARY -> "";
            };
        }
    }
}
