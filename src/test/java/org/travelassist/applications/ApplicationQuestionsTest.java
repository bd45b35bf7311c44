package org.travelassist.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApplicationQuestionsTest {

    @Test
    void an_empty_application_lists_every_required_question_in_order() {
        assertThat(ApplicationQuestions.problems(Map.of()).keySet()).containsExactly(ApplicationQuestions.SCHOOL,
                ApplicationQuestions.HOME, ApplicationQuestions.EHC_PLAN, ApplicationQuestions.NEEDS, ApplicationQuestions.WALKING,
                ApplicationQuestions.FAMILY, ApplicationQuestions.LOW_INCOME);
    }

    @Test
    void answers_must_be_one_of_the_options_and_text_has_a_limit() {
        var answers = new HashMap<>(complete());
        answers.put(ApplicationQuestions.EHC_PLAN, "maybe");
        answers.put(ApplicationQuestions.HELP, "budget,taxi");
        answers.put(ApplicationQuestions.NEEDS, "x".repeat(Question.MAX_TEXT + 1));
        assertThat(ApplicationQuestions.problems(answers)).containsOnlyKeys(ApplicationQuestions.EHC_PLAN, ApplicationQuestions.HELP,
                ApplicationQuestions.NEEDS);
        assertThat(ApplicationQuestions.problems(complete())).isEmpty();
    }

    @Test
    void a_child_who_does_not_live_at_the_address_must_have_it_changed_first() {
        var answers = new HashMap<>(complete());
        answers.put(ApplicationQuestions.HOME, "no");
        assertThat(ApplicationQuestions.problems(answers)).containsEntry(ApplicationQuestions.HOME,
                "Change your child's address in Your household, then come back to this application");
    }

    @Test
    void the_pages_run_in_order_and_answers_read_back_in_words() {
        assertThat(ApplicationQuestions.next(ApplicationQuestions.SCHOOL)).map(Question::key).contains(ApplicationQuestions.HOME);
        assertThat(ApplicationQuestions.next(ApplicationQuestions.HELP)).isEmpty();
        assertThat(ApplicationQuestions.previous(ApplicationQuestions.SCHOOL)).isEmpty();
        Question help = ApplicationQuestions.find(ApplicationQuestions.HELP).orElseThrow();
        assertThat(help.display("budget,training")).startsWith("A personal transport budget").contains("\nIndependent travel training");
        assertThat(help.heading("Noor")).isEqualTo("Would any of these suit your family?");
        assertThat(ApplicationQuestions.find(ApplicationQuestions.NEEDS).orElseThrow().heading("Noor")).contains("Noor's");
    }

    static Map<String, String> complete() {
        return Map.of(ApplicationQuestions.SCHOOL, "990001", ApplicationQuestions.HOME, "yes", ApplicationQuestions.EHC_PLAN, "none",
                ApplicationQuestions.NEEDS, "None", ApplicationQuestions.WALKING, "yes", ApplicationQuestions.FAMILY, "I work",
                ApplicationQuestions.LOW_INCOME, "no");
    }
}
