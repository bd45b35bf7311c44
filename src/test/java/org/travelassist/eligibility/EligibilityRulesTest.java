package org.travelassist.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.travelassist.eligibility.EligibilityResult.Category.A;
import static org.travelassist.eligibility.EligibilityResult.Category.B;
import static org.travelassist.eligibility.EligibilityResult.Category.C;
import static org.travelassist.eligibility.EligibilityResult.Category.D1;
import static org.travelassist.eligibility.EligibilityResult.Category.D2;
import static org.travelassist.eligibility.EligibilityResult.Category.D3;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.travelassist.eligibility.EligibilityPolicy.AgeConvention;
import org.travelassist.eligibility.EligibilityResult.Finding;
import org.travelassist.eligibility.EligibilityResult.Outcome;

class EligibilityRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final EligibilityPolicy BIRTHDAY = policy(AgeConvention.EIGHTH_BIRTHDAY);
    static final EligibilityPolicy YEAR_GROUP = policy(AgeConvention.YEAR_GROUP);
    static final Distance ONE_MM = new Distance(1);

    static EligibilityPolicy policy(AgeConvention convention) {
        return new EligibilityPolicy("TEST-1", LocalDate.of(2026, 9, 1), convention,
                "Reception children: ask the council.", "Post-16: see the transport policy statement.");
    }

    static CandidateSchool primary(String urn, Distance walk) {
        return new CandidateSchool(urn, "Primary " + urn, true, false, false, false, 4, 11, "Mixed", null, walk, walk);
    }

    static CandidateSchool secondary(String urn, Distance walk, Distance road) {
        return new CandidateSchool(urn, "Secondary " + urn, true, false, false, false, 11, 18, "Mixed", null, walk, road);
    }

    static Distance plus(Distance distance, Distance more) {
        return new Distance(distance.millimetres() + more.millimetres());
    }

    /** Aged 7 on the assessment day; 8 tomorrow. */
    static final LocalDate EIGHT_TOMORROW = TODAY.plusDays(1).minusYears(8);

    static EligibilityResult assess(EligibilityQuestion q, EligibilityPolicy policy, CandidateSchool... schools) {
        return EligibilityRules.assess(q, List.of(schools), policy, "shortest walking route", false);
    }

    @Test
    void exactly_two_miles_is_within_walking_distance_for_a_child_under_8_and_one_millimetre_more_is_not() {
        var q = EligibilityQuestion.of(EIGHT_TOMORROW, TODAY, null);
        assertThat(assess(q, BIRTHDAY, primary("1", Distance.TWO_MILES)).met(C)).isFalse();
        assertThat(assess(q, BIRTHDAY, primary("1", plus(Distance.TWO_MILES, ONE_MM))).met(C)).isTrue();
    }

    @Test
    void the_limit_becomes_three_miles_on_the_8th_birthday() {
        var school = primary("1", plus(Distance.TWO_MILES, ONE_MM));
        assertThat(assess(EligibilityQuestion.of(EIGHT_TOMORROW, TODAY, null), BIRTHDAY, school).met(C)).isTrue();
        var birthday = EligibilityQuestion.of(EIGHT_TOMORROW, TODAY.plusDays(1), null);
        EligibilityResult onBirthday = assess(birthday, BIRTHDAY, school);
        assertThat(onBirthday.met(C)).isFalse();
        assertThat(onBirthday.walkingLimit()).isEqualTo(Distance.THREE_MILES);
        assertThat(assess(birthday, BIRTHDAY, primary("1", Distance.THREE_MILES)).met(C)).isFalse();
        assertThat(assess(birthday, BIRTHDAY, primary("1", plus(Distance.THREE_MILES, ONE_MM))).met(C)).isTrue();
    }

    @Test
    void under_the_year_group_convention_an_8_year_old_in_year_3_keeps_the_two_mile_limit() {
        LocalDate born = LocalDate.of(2018, 10, 1); // 8 on the assessment day, Year 3 (7 on 31 August)
        var school = primary("1", plus(Distance.TWO_MILES, ONE_MM));
        assertThat(assess(EligibilityQuestion.of(born, TODAY, null), BIRTHDAY, school).met(C)).isFalse();
        EligibilityResult yearGroup = assess(EligibilityQuestion.of(born, TODAY, null), YEAR_GROUP, school);
        assertThat(yearGroup.met(C)).isTrue();
        assertThat(yearGroup.ageUsed()).isEqualTo(7);
    }

    @Test
    void below_and_above_compulsory_school_age_the_answer_is_discretionary_with_the_councils_policy() {
        LocalDate born = LocalDate.of(2021, 9, 1); // compulsory school age from 31 December 2026
        var below = assess(EligibilityQuestion.of(born, LocalDate.of(2026, 12, 30), null), BIRTHDAY, primary("1", Distance.miles(5)));
        assertThat(below.outcome()).isEqualTo(Outcome.DISCRETIONARY);
        assertThat(below.summary()).contains("31 December 2026").contains("Reception children: ask the council.");
        var onTheDay = assess(EligibilityQuestion.of(born, LocalDate.of(2026, 12, 31), null), BIRTHDAY, primary("1", Distance.miles(5)));
        assertThat(onTheDay.outcome()).isEqualTo(Outcome.ELIGIBLE);

        LocalDate sixteen = LocalDate.of(2010, 9, 1); // compulsory school age until 25 June 2027
        var lastDay = assess(EligibilityQuestion.of(sixteen, LocalDate.of(2027, 6, 25), null), BIRTHDAY, secondary("2", Distance.miles(5), Distance.miles(5)));
        assertThat(lastDay.outcome()).isEqualTo(Outcome.ELIGIBLE);
        var after = assess(EligibilityQuestion.of(sixteen, LocalDate.of(2027, 6, 26), null), BIRTHDAY, secondary("2", Distance.miles(5), Distance.miles(5)));
        assertThat(after.outcome()).isEqualTo(Outcome.DISCRETIONARY);
        assertThat(after.summary()).contains("Post-16");
    }

    @Test
    void distance_counts_only_at_the_nearest_suitable_school_and_the_answer_names_the_nearer_one() {
        LocalDate born = LocalDate.of(2017, 1, 1);
        var near = primary("NEAR", Distance.miles(1));
        var far = primary("FAR", Distance.miles(4));
        var result = assess(EligibilityQuestion.of(born, TODAY, "FAR"), BIRTHDAY, far, near);
        assertThat(result.met(C)).isFalse();
        assertThat(result.categories()).filteredOn(c -> c.category() == C).singleElement()
                .satisfies(c -> assertThat(c.reason()).contains("Primary NEAR is nearer"));
        assertThat(result.schoolsConsidered()).extracting(s -> s.urn()).containsExactly("NEAR", "FAR");
        assertThat(result.schoolsConsidered()).extracting(s -> s.rank()).containsExactly(1, 2);
    }

    @Test
    void schools_that_do_not_suit_the_childs_age_are_skipped_when_finding_the_nearest() {
        LocalDate elevenYearOld = LocalDate.of(2015, 3, 1); // Year 7
        var primaryNearby = primary("P", Distance.miles(1));
        var secondaryFar = secondary("S", Distance.miles(4), Distance.miles(4));
        var result = assess(EligibilityQuestion.of(elevenYearOld, TODAY, null), BIRTHDAY, primaryNearby, secondaryFar);
        assertThat(result.school().urn()).isEqualTo("S");
        assertThat(result.met(C)).isTrue();
        assertThat(result.schoolsConsidered().getFirst().reason()).contains("Takes children aged 4 to 11");
    }

    @Test
    void special_needs_within_walking_distance_are_for_an_officer_to_judge() {
        LocalDate born = LocalDate.of(2017, 1, 1);
        var school = primary("1", Distance.miles(1));
        var sen = new EligibilityQuestion(born, TODAY, null, true, null, null, false, null, List.of(), null);
        var result = assess(sen, BIRTHDAY, school);
        assertThat(result.outcome()).isEqualTo(Outcome.COUNCIL_TO_ASSESS);
        assertThat(result.categories()).filteredOn(c -> c.category() == A).singleElement()
                .satisfies(c -> assertThat(c.finding()).isEqualTo(Finding.FOR_THE_COUNCIL_TO_ASSESS));

        var judged = new EligibilityQuestion(born, TODAY, null, true, true, null, false, null, List.of(), null);
        assertThat(assess(judged, BIRTHDAY, school).met(A)).isTrue();
        var canWalk = new EligibilityQuestion(born, TODAY, null, true, false, null, false, null, List.of(), null);
        assertThat(assess(canWalk, BIRTHDAY, school).outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void an_unsafe_route_qualifies_only_on_the_councils_assessment() {
        LocalDate born = LocalDate.of(2017, 1, 1);
        var school = primary("1", Distance.miles(1));
        assertThat(assess(EligibilityQuestion.of(born, TODAY, null), BIRTHDAY, school).outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        var unsafe = new EligibilityQuestion(born, TODAY, null, false, null, true, false, null, List.of(), null);
        assertThat(assess(unsafe, BIRTHDAY, school).met(B)).isTrue();
    }

    @Test
    void low_income_8_to_10_year_olds_qualify_beyond_two_miles_at_the_nearest_school() {
        var twoMilesAndABit = primary("1", plus(Distance.TWO_MILES, ONE_MM));
        for (var born : List.of(LocalDate.of(2018, 11, 23), LocalDate.of(2015, 11, 24))) { // 8 today; 10 until tomorrow
            var q = new EligibilityQuestion(born, TODAY, null, false, null, null, true, null, List.of(), null);
            assertThat(assess(q, BIRTHDAY, twoMilesAndABit).met(D1)).as("born %s", born).isTrue();
            assertThat(assess(q, BIRTHDAY, primary("1", Distance.TWO_MILES)).met(D1)).isFalse();
        }
        var eleven = new EligibilityQuestion(LocalDate.of(2015, 11, 23), TODAY, null, false, null, null, true, null, List.of(), null);
        assertThat(assess(eleven, BIRTHDAY, primary("1", Distance.miles(3))).met(D1)).isFalse();
    }

    @Test
    void low_income_11_year_olds_may_choose_any_of_the_three_nearest_schools_up_to_six_miles_by_road() {
        LocalDate eleven = LocalDate.of(2015, 3, 1);
        var first = secondary("S1", Distance.miles(3), Distance.miles(3));
        var second = secondary("S2", Distance.miles(4), Distance.miles(4));
        var third = secondary("S3", Distance.miles(5), Distance.SIX_MILES);
        var fourth = secondary("S4", plus(Distance.miles(5), ONE_MM), Distance.miles(5));
        var q = (java.util.function.Function<String, EligibilityQuestion>) urn ->
                new EligibilityQuestion(eleven, TODAY, urn, false, null, null, true, null, List.of(), null);

        assertThat(assess(q.apply("S3"), BIRTHDAY, first, second, third, fourth).met(D2)).isTrue(); // third nearest, road exactly 6 miles
        var fourthResult = assess(q.apply("S4"), BIRTHDAY, first, second, third, fourth);
        assertThat(fourthResult.met(D2)).isFalse();
        assertThat(fourthResult.categories()).filteredOn(c -> c.category() == D2).singleElement()
                .satisfies(c -> assertThat(c.reason()).contains("3 suitable schools are nearer"));

        var overSixByRoad = secondary("S3", Distance.miles(5), plus(Distance.SIX_MILES, ONE_MM));
        assertThat(assess(q.apply("S3"), BIRTHDAY, first, second, overSixByRoad).met(D2)).isFalse();
    }

    @Test
    void low_income_11_year_olds_may_travel_up_to_fifteen_miles_by_road_to_the_nearest_school_of_their_religion() {
        LocalDate eleven = LocalDate.of(2015, 3, 1);
        var nearest = secondary("S1", Distance.miles(1), Distance.miles(1));
        var catholic = new CandidateSchool("RC", "St Joseph's", true, false, false, false, 11, 18, "Mixed", "Roman Catholic",
                Distance.miles(12), Distance.FIFTEEN_MILES);
        var q = new EligibilityQuestion(eleven, TODAY, "RC", false, null, null, true, "Roman Catholic", List.of(), null);
        assertThat(assess(q, BIRTHDAY, nearest, catholic).met(D3)).isTrue();

        var tooFar = new CandidateSchool("RC", "St Joseph's", true, false, false, false, 11, 18, "Mixed", "Roman Catholic",
                Distance.miles(12), plus(Distance.FIFTEEN_MILES, ONE_MM));
        assertThat(assess(q, BIRTHDAY, nearest, tooFar).met(D3)).isFalse();

        var nearerCatholic = new CandidateSchool("RC2", "Holy Cross", true, false, false, false, 11, 18, "Mixed", "Roman Catholic",
                Distance.miles(8), Distance.miles(8));
        var blocked = assess(q, BIRTHDAY, nearest, catholic, nearerCatholic);
        assertThat(blocked.met(D3)).isFalse();
        assertThat(blocked.categories()).filteredOn(c -> c.category() == D3).singleElement()
                .satisfies(c -> assertThat(c.reason()).contains("Holy Cross is a nearer suitable Roman Catholic school"));
    }

    @Test
    void an_independent_school_counts_only_when_an_ehc_plan_names_it_alone_or_as_the_nearest() {
        LocalDate born = LocalDate.of(2014, 1, 1);
        var maintained = secondary("M", Distance.miles(1), Distance.miles(1));
        var independent = new CandidateSchool("IND", "The Shires", false, true, true, false, 11, 19, "Mixed", null,
                Distance.miles(7), Distance.miles(8));

        var noPlan = assess(EligibilityQuestion.of(born, TODAY, "IND"), BIRTHDAY, maintained, independent);
        assertThat(noPlan.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(noPlan.school().reason()).contains("independent school");

        var namedAlone = new EligibilityQuestion(born, TODAY, null, true, null, null, false, null, List.of("IND"), null);
        var result = assess(namedAlone, BIRTHDAY, maintained, independent);
        assertThat(result.school().urn()).isEqualTo("IND");
        assertThat(result.met(C)).isTrue();

        var nearerIndependent = new CandidateSchool("IND2", "Wilds Lodge", false, true, true, false, 5, 18, "Mixed", null,
                Distance.miles(5), Distance.miles(6));
        var namedBoth = new EligibilityQuestion(born, TODAY, "IND", true, null, null, false, null, List.of("IND", "IND2"), null);
        var furtherNamed = assess(namedBoth, BIRTHDAY, maintained, independent, nearerIndependent);
        assertThat(furtherNamed.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(furtherNamed.school().reason()).contains("not the nearest");
    }

    @Test
    void every_result_carries_its_question_the_policy_version_and_whether_distances_were_measured() {
        var result = EligibilityRules.assess(EligibilityQuestion.of(LocalDate.of(2017, 1, 1), TODAY, null),
                List.of(primary("1", Distance.miles(1))), BIRTHDAY, "straight line", true);
        assertThat(result.policyVersion()).isEqualTo("TEST-1");
        assertThat(result.indicative()).isTrue();
        assertThat(result.question().dateOfBirth()).isEqualTo(LocalDate.of(2017, 1, 1));
    }

    @Test
    void a_chosen_school_that_was_not_considered_is_a_programming_error() {
        assertThatThrownBy(() -> assess(EligibilityQuestion.of(LocalDate.of(2017, 1, 1), TODAY, "NOPE"), BIRTHDAY, primary("1", Distance.miles(1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static CandidateSchool school(String urn, String name, int low, int high, String gender, boolean selective, String religion, Distance walk) {
        return new CandidateSchool(urn, name, true, false, false, selective, low, high, gender, religion, walk, walk);
    }

    static java.util.stream.Stream<String> texts(EligibilityResult result) {
        return java.util.stream.Stream.of(
                java.util.stream.Stream.of(result.summary()),
                result.categories().stream().map(c -> c.reason()),
                result.schoolsConsidered().stream().map(s -> s.reason()),
                result.forTheOfficer().stream()).flatMap(s -> s);
    }

    static String reason(EligibilityResult result, EligibilityResult.Category category) {
        return result.categories().stream().filter(c -> c.category() == category).findFirst().orElseThrow().reason();
    }

    @Test
    void two_schools_at_exactly_the_same_distance_are_both_the_nearest() {
        LocalDate born = LocalDate.of(2017, 1, 1);
        var distance = plus(Distance.THREE_MILES, ONE_MM);
        var alpha = school("A", "Alpha Primary", 4, 11, "Mixed", false, null, distance);
        var beta = school("B", "Beta Primary", 4, 11, "Mixed", false, null, distance);
        var further = school("C", "Gamma Primary", 4, 11, "Mixed", false, null, plus(distance, ONE_MM));

        var result = assess(EligibilityQuestion.of(born, TODAY, "B"), BIRTHDAY, alpha, beta, further);
        assertThat(result.met(C)).isTrue();
        assertThat(texts(result)).noneMatch(text -> text.contains("is nearer"));
        assertThat(result.schoolsConsidered()).extracting(s -> s.rank()).containsExactly(1, 1, 3);
        assertThat(result.schoolsConsidered().get(1).reason()).contains("Exactly as near as Alpha Primary");

        var gamma = assess(EligibilityQuestion.of(born, TODAY, "C"), BIRTHDAY, alpha, beta, further);
        assertThat(gamma.met(C)).isFalse();
        assertThat(reason(gamma, C)).startsWith("Alpha Primary is nearer");
    }

    @Test
    void the_year_group_convention_changes_only_the_walking_distance_and_low_income_uses_the_childs_age() {
        LocalDate elevenInYear6 = LocalDate.of(2015, 10, 1); // 11 on the day; 10 on 31 August, so Year 6
        var primary = primary("P", Distance.miles(3));
        var q = new EligibilityQuestion(elevenInYear6, TODAY, null, false, null, null, true, null, List.of(), null);

        EligibilityResult yearGroup = assess(q, YEAR_GROUP, primary);
        assertThat(yearGroup.ageUsed()).as("walking distance by year group").isEqualTo(10);
        assertThat(yearGroup.met(D2)).as("has attained the age of 11 (para 11)").isTrue();
        assertThat(yearGroup.met(D1)).isFalse();
        assertThat(reason(yearGroup, D1)).contains("your child is 11");
        assertThat(reason(yearGroup, C)).contains("in Year 6 (the council counts by year group)");
        assertThat(assess(q, BIRTHDAY, primary).met(D2)).isTrue();

        LocalDate eightInYear3 = LocalDate.of(2018, 10, 1); // 8 on the day, Year 3
        var lowIncome8 = new EligibilityQuestion(eightInYear3, TODAY, null, false, null, null, true, null, List.of(), null);
        var twoMilesAndABit = primary("P", plus(Distance.TWO_MILES, ONE_MM));
        assertThat(assess(lowIncome8, YEAR_GROUP, twoMilesAndABit).met(D1)).as("has attained the age of 8 (para 9)").isTrue();
    }

    @Test
    void a_grammar_school_is_suitable_only_for_a_child_assessed_as_suitable_for_it() {
        LocalDate twelve = LocalDate.of(2014, 5, 1);
        var grammar = school("G", "Grammar", 11, 18, "Mixed", true, null, Distance.miles(1));
        var comprehensive = school("S", "Comprehensive", 11, 18, "Mixed", false, null, Distance.miles(4));
        var q = EligibilityQuestion.of(twelve, TODAY, null);

        var notAssessed = assess(q, BIRTHDAY, grammar, comprehensive);
        assertThat(notAssessed.school().urn()).isEqualTo("S");
        assertThat(notAssessed.met(C)).isTrue();
        assertThat(notAssessed.schoolsConsidered().getFirst().reason()).contains("counts only if your child has been assessed as suitable");

        var unsuitable = assess(q.withSelectiveAssessment(false), BIRTHDAY, grammar, comprehensive);
        assertThat(unsuitable.schoolsConsidered().getFirst().reason()).contains("has not been assessed as suitable");

        var assessed = assess(q.withSelectiveAssessment(true), BIRTHDAY, grammar, comprehensive);
        assertThat(assessed.school().urn()).isEqualTo("G");
        assertThat(assessed.met(C)).isFalse();
    }

    @Test
    void a_single_sex_school_counts_for_a_child_of_that_sex_and_a_preference_does_not_make_a_nearer_school_unsuitable() {
        LocalDate twelve = LocalDate.of(2014, 5, 1);
        var girls = school("G", "High School for Girls", 11, 18, "Girls", false, null, Distance.miles(1));
        var mixed = school("M", "Community College", 11, 18, "Mixed", false, null, Distance.miles(4));
        var question = (java.util.function.BiFunction<EligibilityQuestion.Sex, String, EligibilityQuestion>) (sex, urn) ->
                new EligibilityQuestion(twelve, TODAY, urn, false, null, null, false, null, List.of(), sex);

        var unknown = assess(question.apply(null, null), BIRTHDAY, girls, mixed);
        assertThat(unknown.school().urn()).isEqualTo("M");
        assertThat(unknown.schoolsConsidered().getFirst().reason()).isEqualTo(
                "A girls' school: it counts only for a girl. Tell us your child's sex if this school matters.");

        var boy = assess(question.apply(EligibilityQuestion.Sex.BOY, null), BIRTHDAY, girls, mixed);
        assertThat(boy.school().urn()).isEqualTo("M");
        assertThat(boy.met(C)).isTrue();

        var girl = assess(question.apply(EligibilityQuestion.Sex.GIRL, null), BIRTHDAY, girls, mixed);
        assertThat(girl.school().urn()).isEqualTo("G");

        var girlPrefersMixed = assess(question.apply(EligibilityQuestion.Sex.GIRL, "M"), BIRTHDAY, girls, mixed);
        assertThat(girlPrefersMixed.met(C)).isFalse();
        assertThat(reason(girlPrefersMixed, C)).contains("High School for Girls is nearer")
                .contains("A preference for a mixed or a single-sex school does not make a nearer school unsuitable.");
    }

    @Test
    void an_officers_finding_that_a_nearer_school_has_no_place_or_cannot_meet_the_childs_needs_moves_the_rules_further() {
        LocalDate born = LocalDate.of(2017, 1, 1);
        var near = school("N", "Near Primary", 4, 11, "Mixed", false, null, Distance.miles(1));
        var middle = school("M", "Middle Primary", 4, 11, "Mixed", false, null, Distance.miles(2));
        var far = school("F", "Far Primary", 4, 11, "Mixed", false, null, Distance.miles(4));
        var q = EligibilityQuestion.of(born, TODAY, "F");
        assertThat(assess(q, BIRTHDAY, near, middle, far).met(C)).isFalse();

        var marked = q.withSchoolMarks(List.of(
                new SchoolMark("N", SchoolMark.Kind.NO_PLACE_AVAILABLE, "Year 3 was full when the family moved in June"),
                new SchoolMark("M", SchoolMark.Kind.NOT_SUITABLE_FOR_NEEDS, "no step-free access for a wheelchair user")));
        var result = assess(marked, BIRTHDAY, near, middle, far);
        assertThat(result.met(C)).isTrue();
        assertThat(result.schoolsConsidered()).extracting(s -> s.reason()).containsSubsequence(
                "No place available, the council found: Year 3 was full when the family moved in June.",
                "Not suitable for this child's needs, the council found: no step-free access for a wheelchair user.");
        assertThat(result.schoolsConsidered()).extracting(s -> s.rank()).containsExactly(0, 0, 1);
        assertThatThrownBy(() -> new SchoolMark("N", SchoolMark.Kind.NO_PLACE_AVAILABLE, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_joint_denomination_school_counts_for_each_of_its_religions() {
        LocalDate eleven = LocalDate.of(2015, 3, 1);
        var nearest = secondary("S1", Distance.miles(1), Distance.miles(1));
        var joint = school("J", "St Peter and St Paul", 11, 18, "Mixed", false, "Church of England/Roman Catholic", Distance.miles(8));
        var catholic = school("RC", "St Joseph's", 11, 18, "Mixed", false, "Roman Catholic", Distance.miles(12));
        var q = (java.util.function.BiFunction<String, String, EligibilityQuestion>) (urn, religion) ->
                new EligibilityQuestion(eleven, TODAY, urn, false, null, null, true, religion, List.of(), null);

        assertThat(assess(q.apply("J", "Roman Catholic"), BIRTHDAY, nearest, joint, catholic).met(D3)).isTrue();
        assertThat(assess(q.apply("J", "Church of England"), BIRTHDAY, nearest, joint, catholic).met(D3)).isTrue();
        var blocked = assess(q.apply("RC", "Roman Catholic"), BIRTHDAY, nearest, joint, catholic);
        assertThat(reason(blocked, D3)).isEqualTo("St Peter and St Paul is a nearer suitable Roman Catholic school.");
        assertThat(CandidateSchool.religiousCharacters("Roman Catholic/Church of England")).containsExactly("Roman Catholic", "Church of England");
        assertThat(CandidateSchool.religiousCharacters("Does not apply")).isEmpty();
    }

    @Test
    void a_school_with_no_walking_route_is_still_considered_at_its_straight_line_distance_and_flagged_for_the_officer() {
        LocalDate born = LocalDate.of(2017, 1, 1);
        var unreachable = new CandidateSchool("U", "Island Primary", true, false, false, false, 4, 11, "Mixed", null,
                Distance.miles(1), null, EligibilityResult.Measure.STRAIGHT_LINE);
        var far = school("F", "Far Primary", 4, 11, "Mixed", false, null, Distance.miles(4));

        var result = assess(EligibilityQuestion.of(born, TODAY, "F"), BIRTHDAY, unreachable, far);
        assertThat(result.met(C)).isFalse();
        assertThat(reason(result, C)).contains("Island Primary is nearer (1.00 miles (1,609 metres) in a straight line (no walking route was found))");
        assertThat(result.forTheOfficer()).singleElement().asString()
                .startsWith("No walking route to Island Primary was found, so its distance (1.00 miles (1,609 metres)) is a straight line.");

        var measuredNearer = assess(EligibilityQuestion.of(born, TODAY, "U"), BIRTHDAY,
                school("N", "Near Primary", 4, 11, "Mixed", false, null, Distance.miles(1)), unreachable.withWalking(Distance.miles(2)));
        assertThat(measuredNearer.forTheOfficer()).as("the school asked about is always flagged").hasSize(1);
        assertThat(assess(EligibilityQuestion.of(born, TODAY, "N"), BIRTHDAY,
                school("N", "Near Primary", 4, 11, "Mixed", false, null, Distance.miles(1)), unreachable.withWalking(Distance.miles(2)))
                .forTheOfficer()).as("a further school cannot change the answer").isEmpty();
    }

    @Test
    void an_applications_result_is_written_for_the_officer() {
        LocalDate born = LocalDate.of(2017, 1, 1);
        var sen = new EligibilityQuestion(born, TODAY, null, true, null, null, false, null, List.of(), null);
        var officer = EligibilityRules.assess(sen, List.of(primary("1", Distance.miles(1))), BIRTHDAY, "walking", false, Audience.OFFICER);
        assertThat(officer.summary()).isEqualTo("The child may be eligible for free travel to Primary 1: it depends on your judgement of "
                + "whether the child can walk (category A).");
        assertThat(reason(officer, B)).startsWith("The walking route has not been assessed.");
        assertThat(texts(officer)).noneMatch(text -> text.matches("(?i).*\\b(your child|say so when you apply|tell us)\\b.*"));

        var family = assess(sen, BIRTHDAY, primary("1", Distance.miles(1)));
        assertThat(family.summary()).startsWith("You did not choose a school, so this answer is for the nearest suitable school, Primary 1. Your child may get free travel");
        assertThat(reason(family, B)).contains("say so when you apply");
    }

    @Test
    void low_income_means_free_school_meals_not_the_closed_working_tax_credit() {
        var result = assess(EligibilityQuestion.of(LocalDate.of(2017, 1, 1), TODAY, null), BIRTHDAY, primary("1", Distance.miles(3)));
        assertThat(reason(result, D1)).contains("free school meals").contains("Universal Credit").contains("£7,400").doesNotContain("Working Tax Credit");
    }

    @Test
    void distances_read_in_miles_to_two_places_and_whole_metres() {
        assertThat(Distance.metres(3283.4).describe()).isEqualTo("2.04 miles (3,283 metres)");
        assertThat(Distance.TWO_MILES.millimetres()).isEqualTo(3_218_688);
        assertThat(Distance.THREE_MILES.metres()).isEqualTo(4828.032);
    }
}
