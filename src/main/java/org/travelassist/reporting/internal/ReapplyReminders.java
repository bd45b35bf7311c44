package org.travelassist.reporting.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.eligibility.SchoolCalendar;
import org.travelassist.reporting.PhaseMoves;
import org.travelassist.reporting.PolicyYear;
import org.travelassist.reporting.ReapplyReminderDue;
import org.travelassist.reporting.ReportingSettings;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.RecordChanged;

/**
 * Emails the families of children with transport who are in Year 11 to apply again for post-16 travel, in good
 * time: from the lead time before the next policy year starts. Each child's family hears once a policy year (a row
 * in {@code reapply_reminder}), however often the job runs and on however many nodes. No decision changes.
 */
@Component
public class ReapplyReminders {

    public static final String REMINDER = "ReapplyReminder";
    private static final Logger log = LoggerFactory.getLogger(ReapplyReminders.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ReportingSettings settings;

    ReapplyReminders(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, ReportingSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.settings = settings;
    }

    @Scheduled(cron = "${travelassist.reporting.reapply-reminders-cron:0 0 9 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "reapply-reminders", lockAtMostFor = "PT1H")
    @Transactional // remind() below is called on this object, past its proxy: without this the scheduled run had none
    public void run() {
        int sent = remind(GovukDates.today(clock));
        if (sent > 0) {
            log.info("Reminded {} families to apply again for post-16 travel", sent);
        }
    }

    /** The first day families are reminded before the policy year that follows the one containing {@code day}. */
    public LocalDate remindFrom(LocalDate day) {
        return nextYearStarts(day).minus(settings.reapplyReminderLeadTime());
    }

    private LocalDate nextYearStarts(LocalDate day) {
        return PolicyYear.containing(day, settings.policyYearStartsMonth()).last().plusDays(1);
    }

    private record Child(UUID childId, UUID householdId, UUID applicationId, String reference, String childName,
            @Nullable String schoolName, @Nullable LocalDate dateOfBirth) {}

    /** Sends the reminders due on {@code today}; returns how many. */
    @Transactional
    public int remind(LocalDate today) {
        if (today.isBefore(remindFrom(today))) {
            return 0;
        }
        LocalDate nextYear = nextYearStarts(today);
        var children = jdbc.sql("""
                        select t.child_id, t.household_id, t.application_id, a.reference, a.child_name, a.school_name,
                               a.answers ->> 'dateOfBirth' as date_of_birth
                        from reporting_current_transport t join application a on a.id = t.application_id
                        where not exists (select 1 from reapply_reminder r where r.child_id = t.child_id and r.policy_year_starts = :next)""")
                .param("next", nextYear)
                .query((rs, n) -> new Child(rs.getObject("child_id", UUID.class), rs.getObject("household_id", UUID.class),
                        rs.getObject("application_id", UUID.class), String.valueOf(rs.getString("reference")), rs.getString("child_name"),
                        rs.getString("school_name"), dateOrNull(rs.getString("date_of_birth"))))
                .list();
        int sent = 0;
        for (Child child : children) {
            // In Year 11 on the day before the next policy year: their compulsory school age ends before it starts.
            if (child.dateOfBirth() == null || !PhaseMoves.dueToReapplyForPost16(child.dateOfBirth(), nextYear.minusDays(1))) {
                continue;
            }
            UUID id = UUID.randomUUID();
            int inserted = jdbc.sql("""
                            insert into reapply_reminder (id, child_id, policy_year_starts, application_id, household_id, sent_at)
                            values (:id, :child, :next, :application, :household, :at) on conflict do nothing""")
                    .param("id", id).param("child", child.childId()).param("next", nextYear).param("application", child.applicationId())
                    .param("household", child.householdId()).param("at", Timestamp.from(clock.instant()))
                    .update();
            if (inserted == 1) {
                LocalDate ends = SchoolCalendar.compulsorySchoolAgeEnds(child.dateOfBirth());
                events.publishEvent(new ReapplyReminderDue(id, child.householdId(), child.applicationId(), child.reference(), child.childName(),
                        child.schoolName(), ends, nextYear));
                var after = new LinkedHashMap<String, @Nullable String>();
                after.put("applicationId", child.applicationId().toString());
                after.put("policyYearStarts", nextYear.toString());
                after.put("entitlementEnds", ends.toString());
                events.publishEvent(RecordChanged.created(REMINDER, id, child.householdId(), after));
                sent++;
            }
        }
        return sent;
    }

    private static @Nullable LocalDate dateOrNull(@Nullable String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
