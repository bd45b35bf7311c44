package org.travelassist.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.travelassist.applications.ApplicationAction.*;
import static org.travelassist.applications.ApplicationStatus.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole table of transitions, pair by pair: every status against every action, allowed with exactly the
 * statuses written here, or refused. Written out again on purpose, so a change to the table must be made twice.
 */
class ApplicationStatusTest {

    private static final Map<ApplicationStatus, Map<ApplicationAction, Set<ApplicationStatus>>> EXPECTED = Map.ofEntries(
            Map.entry(DRAFT, Map.of(EDIT_ANSWERS, Set.of(DRAFT), ADD_EVIDENCE, Set.of(DRAFT), SUBMIT, Set.of(SUBMITTED),
                    WITHDRAW, Set.of(WITHDRAWN))),
            Map.entry(SUBMITTED, Map.of(ASSIGN, Set.of(BEING_ASSESSED), ASSESS, Set.of(SUBMITTED),
                    REQUEST_INFORMATION, Set.of(INFORMATION_NEEDED), DECIDE, Set.of(DECIDED), WITHDRAW, Set.of(WITHDRAWN))),
            Map.entry(BEING_ASSESSED, Map.of(ASSIGN, Set.of(BEING_ASSESSED), ASSESS, Set.of(BEING_ASSESSED),
                    REQUEST_INFORMATION, Set.of(INFORMATION_NEEDED), DECIDE, Set.of(DECIDED), WITHDRAW, Set.of(WITHDRAWN))),
            Map.entry(INFORMATION_NEEDED, Map.of(ASSIGN, Set.of(INFORMATION_NEEDED), ADD_EVIDENCE, Set.of(INFORMATION_NEEDED),
                    ANSWER_INFORMATION, Set.of(SUBMITTED, BEING_ASSESSED), WITHDRAW, Set.of(WITHDRAWN))),
            Map.entry(DECIDED, Map.of(REQUEST_REVIEW, Set.of(REVIEW_REQUESTED))),
            Map.entry(REVIEW_REQUESTED, Map.of(ASSIGN, Set.of(REVIEW_REQUESTED), DECIDE_REVIEW, Set.of(REVIEW_DECIDED))),
            Map.entry(REVIEW_DECIDED, Map.of(APPEAL, Set.of(APPEAL_REQUESTED), RECORD_REVISED_OFFER, Set.of(REVIEW_DECIDED))),
            Map.entry(APPEAL_REQUESTED, Map.of(ASSIGN, Set.of(APPEAL_REQUESTED), ARRANGE_HEARING, Set.of(HEARING_ARRANGED))),
            Map.entry(HEARING_ARRANGED, Map.of(ASSIGN, Set.of(HEARING_ARRANGED), ADD_EVIDENCE, Set.of(HEARING_ARRANGED),
                    DECIDE_APPEAL, Set.of(APPEAL_DECIDED))),
            Map.entry(APPEAL_DECIDED, Map.of(RECORD_REVISED_OFFER, Set.of(APPEAL_DECIDED))),
            Map.entry(WITHDRAWN, Map.of()));

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (ApplicationStatus status : ApplicationStatus.values()) {
            for (ApplicationAction action : ApplicationAction.values()) {
                pairs.add(Arguments.of(status, action));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} then {1}")
    @MethodSource("everyPair")
    void each_status_allows_exactly_the_actions_of_the_table_and_refuses_the_rest(ApplicationStatus status, ApplicationAction action) {
        Set<ApplicationStatus> expected = EXPECTED.get(status).getOrDefault(action, Set.of());
        assertThat(status.after(action)).as("%s then %s", status, action).isEqualTo(expected);
        assertThat(status.allows(action)).isEqualTo(!expected.isEmpty());
        for (ApplicationStatus next : ApplicationStatus.values()) {
            assertThat(status.allows(action, next)).as("%s then %s to %s", status, action, next).isEqualTo(expected.contains(next));
        }
        if (expected.isEmpty()) {
            assertThatThrownBy(() -> status.require(action)).isInstanceOf(InvalidApplicationException.class)
                    .hasMessageContaining("You cannot " + action.description + " now").hasMessageContaining(status.label);
        } else {
            status.require(action);
        }
    }

    @Test
    void the_table_covers_every_status() {
        assertThat(EXPECTED.keySet()).isEqualTo(EnumSet.allOf(ApplicationStatus.class));
    }

    @Test
    void the_questions_views_ask_follow_the_table() {
        assertThat(EnumSet.allOf(ApplicationStatus.class).stream().filter(ApplicationStatus::canBeWithdrawn))
                .containsExactlyInAnyOrder(DRAFT, SUBMITTED, BEING_ASSESSED, INFORMATION_NEEDED);
        assertThat(EnumSet.allOf(ApplicationStatus.class).stream().filter(ApplicationStatus::canBeDecided))
                .containsExactlyInAnyOrder(SUBMITTED, BEING_ASSESSED);
        assertThat(EnumSet.allOf(ApplicationStatus.class).stream().filter(ApplicationStatus::open))
                .containsExactlyInAnyOrder(SUBMITTED, BEING_ASSESSED, INFORMATION_NEEDED, REVIEW_REQUESTED, APPEAL_REQUESTED, HEARING_ARRANGED);
    }

    @Test
    void during_a_review_or_an_appeal_an_officer_can_neither_assess_nor_ask_for_information_nor_decide_again() {
        for (ApplicationStatus challenged : List.of(REVIEW_REQUESTED, REVIEW_DECIDED, APPEAL_REQUESTED, HEARING_ARRANGED, APPEAL_DECIDED)) {
            assertThat(challenged.allows(ASSESS)).as("%s: assess", challenged).isFalse();
            assertThat(challenged.allows(REQUEST_INFORMATION)).as("%s: request information", challenged).isFalse();
            assertThat(challenged.allows(DECIDE)).as("%s: decide", challenged).isFalse();
        }
    }
}
