package org.travelassist.applications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.travelassist.applications.ApplicationStatus;
import org.travelassist.shared.RecordChanged;
import org.travelassist.shared.RecordChanged.Change;

/** What the aggregate gives Spring Data to publish when it is saved, without Spring: one record per save. */
class ApplicationEventsTest {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    static final LocalDate LATER = LocalDate.of(2027, 1, 15);

    @Test
    void a_new_application_records_its_creation_as_it_is_when_first_saved() {
        var application = new Application(UUID.randomUUID(), UUID.randomUUID(), "Noor Hussain", false, NOW);
        application.newBecause(org.travelassist.applications.NewApplicationReason.MOVED_HOME, null);

        assertThat(application.domainEvents()).singleElement().satisfies(created -> {
            assertThat(created.change()).isEqualTo(Change.CREATED);
            assertThat(created.recordType()).isEqualTo(ApplicationRecords.APPLICATION);
            assertThat(created.recordId()).isEqualTo(application.getId());
            assertThat(created.householdId()).isEqualTo(application.getHouseholdId());
            assertThat(created.after()).containsEntry("status", "DRAFT").containsEntry("newReason", "MOVED_HOME");
        });
        application.domainEventsPublished();
        assertThat(application.domainEvents()).as("nothing more until it changes").isEmpty();
    }

    @Test
    void the_steps_between_two_saves_are_one_change_from_before_the_first_to_the_save() {
        var application = saved();
        application.answer("walking", "yes", NOW);
        assertThat(application.domainEvents()).as("answers are audited one by one by the service").isEmpty();

        application.submit("TA-2026-000001", "{}", false, UUID.randomUUID(), NOW, LATER);
        application.assign(UUID.randomUUID(), "Olivia", NOW);
        RecordChanged change = application.domainEvents().iterator().next();
        assertThat(application.domainEvents()).hasSize(1);
        assertThat(change.change()).isEqualTo(Change.CHANGED);
        assertThat(change.before()).containsEntry("status", "DRAFT").containsEntry("reference", null);
        assertThat(change.after()).containsEntry("status", ApplicationStatus.BEING_ASSESSED.name())
                .containsEntry("reference", "TA-2026-000001");

        application.domainEventsPublished();
        application.withdraw(UUID.randomUUID(), NOW);
        assertThat(application.domainEvents()).singleElement().satisfies(withdrawn -> {
            assertThat(withdrawn.before()).containsEntry("status", ApplicationStatus.BEING_ASSESSED.name());
            assertThat(withdrawn.after()).containsEntry("status", ApplicationStatus.WITHDRAWN.name());
        });
    }

    @Test
    void a_refused_step_records_no_change() {
        var application = saved();
        assertThatThrownBy(() -> application.decide(ApplicationLifecycleTest.eligible(), UUID.randomUUID(), "Olivia", NOW, LATER))
                .as("a draft cannot be decided").isInstanceOf(RuntimeException.class);
        assertThat(application.domainEvents()).isEmpty();
    }

    private static Application saved() {
        var application = new Application(UUID.randomUUID(), UUID.randomUUID(), "Noor Hussain", false, NOW);
        application.domainEventsPublished();
        return application;
    }
}
