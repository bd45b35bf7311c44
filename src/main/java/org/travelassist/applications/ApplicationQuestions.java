package org.travelassist.applications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the application asks, in order (DOMAIN.md §3.1): the school, home, EHC plan, needs and mobility, medical
 * needs and equipment, what the family can do, low income, and the kinds of help that would suit. Evidence is
 * its own page after these.
 */
public final class ApplicationQuestions {

    public static final String SCHOOL = "school";
    public static final String HOME = "home";
    public static final String EHC_PLAN = "ehcPlan";
    public static final String NEEDS = "needs";
    public static final String WALKING = "walking";
    public static final String MEDICAL = "medical";
    public static final String EQUIPMENT = "equipment";
    public static final String FAMILY = "family";
    public static final String LOW_INCOME = "lowIncome";
    public static final String HELP = "help";

    /** EHC plan answers: the plan names the school chosen in the first question, or another one. */
    public static final String FINAL_PLAN_NAMES_SCHOOL = "final";
    public static final String FINAL_PLAN_NAMES_OTHER = "final-other-school";
    public static final String NO_PLAN = "none";

    public static final List<Question> ALL = List.of(
            new Question(SCHOOL, Question.Kind.SCHOOL, "Which school will {child} go to?",
                    "Start typing the name of the school or academy. Choose the school your child has a place at, or the one you have applied for.",
                    Map.of(), true, "School", "Choose the school your child goes to or will go to"),
            new Question(HOME, Question.Kind.YES_NO, "Does {child} live at this address most of the week?",
                    "If not, change your child's address in Your household first: distances are measured from home.",
                    Map.of(), true, "Lives at this address", "Select yes if your child lives at this address most of the week"),
            new Question(EHC_PLAN, Question.Kind.ONE_OF, "Does {child} have an education, health and care (EHC) plan?",
                    "An EHC plan sets out a child's special educational needs and the support they need. You do not need to send it: the council holds it.",
                    options(FINAL_PLAN_NAMES_SCHOOL, "Yes: the plan is final and names the school you chose",
                            FINAL_PLAN_NAMES_OTHER, "Yes: the plan is final and names a different school",
                            "assessment", "No, but the council is assessing my child's needs",
                            NO_PLAN, "No"),
                    true, "EHC plan", "Select whether your child has an EHC plan"),
            new Question(NEEDS, Question.Kind.TEXT, "Tell us about {child}'s special educational needs, disability or mobility",
                    "Say how they affect the journey to school: for example, unable to walk 400 metres unaided, or cannot cope with crowds. Write \"None\" if there are none.",
                    Map.of(), true, "Needs and mobility", "Tell us about your child's needs, or write \"None\""),
            new Question(WALKING, Question.Kind.ONE_OF, "Could {child} walk to school with an adult?",
                    "Think about the whole route, in all weathers.",
                    options("yes", "Yes", "some", "Only part of the way", "no", "No"),
                    true, "Could walk with an adult", "Select whether your child could walk to school with an adult"),
            new Question(MEDICAL, Question.Kind.TEXT, "Does {child} have medical needs on the journey?",
                    "For example epilepsy and rescue medication, or medication carried on the journey. Leave this empty if there are none.",
                    Map.of(), false, "Medical needs", ""),
            new Question(EQUIPMENT, Question.Kind.TEXT, "Does {child} need equipment when travelling?",
                    "For example a wheelchair (say its make and model), a car seat or booster (say your child's height and weight), or a harness. Leave this empty if not.",
                    Map.of(), false, "Equipment", ""),
            new Question(FAMILY, Question.Kind.TEXT, "Could you or another adult take {child} to school?",
                    "Tell us what you can and cannot do, and why: for example whether you have a car, or could do one of the two journeys. Work commitments are not usually taken into account.",
                    Map.of(), true, "What the family can do", "Tell us whether you or another adult could take your child to school"),
            // The "appropriate condition" of Schedule 35B para 14 is free school meals or the maximum Working Tax
            // Credit; tax credits closed in April 2025, so in practice it is free school meals, which Universal
            // Credit gives when net earned income is no more than £7,400 a year (DOMAIN.md 1.4). The key stays.
            new Question(LOW_INCOME, Question.Kind.YES_NO, "Is {child} entitled to free school meals?",
                    "For example, because you get Universal Credit and your household's take-home pay from work is no more than "
                            + "£7,400 a year, or you get Income Support or income-based Jobseeker's Allowance. If yes, add evidence on "
                            + "the next page: for example the school's or council's letter about free school meals.",
                    Map.of(), true, "Entitled to free school meals", "Select yes if your child is entitled to free school meals"),
            new Question(HELP, Question.Kind.SOME_OF, "Would any of these suit your family?",
                    "The council decides what to offer. Choosing these tells the officer what would work for you. Select all that apply.",
                    options("budget", "A personal transport budget: money to arrange your child's travel yourself",
                            "mileage", "A mileage allowance for driving your child yourself",
                            "training", "Independent travel training, to help your child learn to travel on their own"),
                    false, "Help that would suit", ""));

    private ApplicationQuestions() {}

    public static Optional<Question> find(String key) {
        return ALL.stream().filter(q -> q.key().equals(key)).findFirst();
    }

    /** The page after this question: the next question, or the evidence page after the last. */
    public static Optional<Question> next(String key) {
        for (int i = 0; i < ALL.size() - 1; i++) {
            if (ALL.get(i).key().equals(key)) {
                return Optional.of(ALL.get(i + 1));
            }
        }
        return Optional.empty();
    }

    public static Optional<Question> previous(String key) {
        for (int i = 1; i < ALL.size(); i++) {
            if (ALL.get(i).key().equals(key)) {
                return Optional.of(ALL.get(i - 1));
            }
        }
        return Optional.empty();
    }

    /** The child has a final EHC plan, whichever school it names. */
    public static boolean hasFinalEhcPlan(Map<String, String> answers) {
        String plan = answers.get(EHC_PLAN);
        return FINAL_PLAN_NAMES_SCHOOL.equals(plan) || FINAL_PLAN_NAMES_OTHER.equals(plan);
    }

    /** The family said the final plan names the school they chose, so the rules count that school as named. */
    public static boolean ehcPlanNamesChosenSchool(Map<String, String> answers) {
        return FINAL_PLAN_NAMES_SCHOOL.equals(answers.get(EHC_PLAN));
    }

    /** Every problem with a set of answers, by question, in question order. */
    public static Map<String, String> problems(Map<String, String> answers) {
        var problems = new LinkedHashMap<String, String>();
        for (Question question : ALL) {
            String problem = question.problem(answers.getOrDefault(question.key(), ""));
            if (problem != null) {
                problems.put(question.key(), problem);
            }
        }
        if (!problems.containsKey(HOME) && "no".equals(answers.get(HOME))) {
            problems.put(HOME, "Change your child's address in Your household, then come back to this application");
        }
        return problems;
    }

    private static Map<String, String> options(String... pairs) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
