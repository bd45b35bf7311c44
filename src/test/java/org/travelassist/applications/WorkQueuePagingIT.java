package org.travelassist.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.travelassist.IntegrationTest;
import org.travelassist.TestClock;
import org.travelassist.TestClock.MovableClock;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.WorkingDays;

/** The work queue is paged and counted in SQL: pages follow each other in the queue's order, under its filters. */
@IntegrationTest
class WorkQueuePagingIT {

    @Autowired ApplicationService applications;
    @Autowired Casework casework;
    @Autowired HouseholdService households;
    @Autowired AppUserDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired MovableClock clock;

    @AfterEach
    void tidy() {
        TestUsers.signOut();
        clock.reset();
    }

    @Test
    void pages_of_a_filtered_queue_follow_each_other_soonest_due_first_and_count_every_match() {
        // A working day: on a weekend or a bank holiday, 8 working days back is 7 working days overdue.
        clock.moveTo(TestClock.IN_THE_AUTUMN_TERM);
        List<UUID> sent = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            UUID id = applications.start(ApplicationFixtures.parentWithChild(directory, households));
            ApplicationFixtures.answerEverything(applications, id);
            applications.submit(id, true);
            sent.add(id);
        }
        TestUsers.newStaff(directory, "TransportOfficer");
        sent.forEach(casework::assignToMe);
        // Due dates in another order than sending: two overdue, and the fourth without special educational needs.
        LocalDate today = GovukDates.today(clock);
        List<LocalDate> due = List.of(WorkingDays.plusWorkingDays(today, 10), WorkingDays.minusWorkingDays(today, 2),
                WorkingDays.plusWorkingDays(today, 5), WorkingDays.plusWorkingDays(today, 1), WorkingDays.minusWorkingDays(today, 8),
                WorkingDays.plusWorkingDays(today, 20));
        for (int i = 0; i < sent.size(); i++) {
            jdbc.update("update application set decision_due = ? where id = ?", due.get(i), sent.get(i));
        }
        jdbc.update("update application set has_ehc_plan = false, answers = answers || '{\"ehcPlan\": \"none\", \"needs\": \"  \"}'::jsonb"
                + " where id = ?", sent.get(3));

        var mineWithSenAtCatmose = new QueueItem.Filter(null, "CATMOSE", false, true, true);
        var first = casework.queue(mineWithSenAtCatmose, 0, 2);
        var second = casework.queue(mineWithSenAtCatmose, 2, 2);
        var third = casework.queue(mineWithSenAtCatmose, 4, 2);
        assertThat(first.items()).extracting(QueueItem::id).containsExactly(sent.get(4), sent.get(1));
        assertThat(second.items()).extracting(QueueItem::id).containsExactly(sent.get(2), sent.get(0));
        assertThat(third.items()).extracting(QueueItem::id).containsExactly(sent.get(5));
        assertThat(Stream.of(first, second, third)).allSatisfy(page -> assertThat(page.total()).isEqualTo(5));
        assertThat(second.offset()).isEqualTo(2);
        assertThat(casework.queue(mineWithSenAtCatmose, 6, 2).items()).isEmpty();
        assertThat(casework.queue(mineWithSenAtCatmose, 6, 2).total()).as("counted past the end too").isEqualTo(5);
        assertThat(Stream.of(first, second, third).flatMap(page -> page.items().stream()).toList())
                .as("the pages together are the whole queue").isEqualTo(casework.queue(mineWithSenAtCatmose));
        assertThat(first.items().getFirst().workingDaysLeft()).isEqualTo(-8);
        assertThat(first.items().getFirst().due()).isEqualTo(due.get(4));
        assertThat(second.items().getFirst().workingDaysLeft()).isEqualTo(5);

        var overdueOfMine = new QueueItem.Filter(null, null, true, false, true);
        assertThat(casework.queue(overdueOfMine, 0, 1).items()).extracting(QueueItem::id).containsExactly(sent.get(4));
        assertThat(casework.queue(overdueOfMine, 1, 1).items()).extracting(QueueItem::id).containsExactly(sent.get(1));
        assertThat(casework.queue(overdueOfMine, 1, 1).total()).isEqualTo(2);
        assertThat(casework.queue(overdueOfMine, 0, 1).items().getFirst().overdue()).isTrue();

        var mine = casework.queue(new QueueItem.Filter(null, null, false, false, true), 2, 2);
        assertThat(mine.total()).isEqualTo(6);
        assertThat(mine.items()).extracting(QueueItem::id).containsExactly(sent.get(3), sent.get(2));
        assertThat(mine.items()).extracting(QueueItem::sen).containsExactly(false, true);
        assertThat(casework.queue(new QueueItem.Filter(ApplicationStatus.BEING_ASSESSED, null, false, false, true), 0, 10).total())
                .as("assigned, so being assessed").isEqualTo(6);
        assertThat(casework.queue(new QueueItem.Filter(ApplicationStatus.SUBMITTED, null, false, false, true))).isEmpty();
        assertThat(casework.queue(new QueueItem.Filter(null, "no such school", false, false, true), 0, 2).total()).isZero();
    }
}
