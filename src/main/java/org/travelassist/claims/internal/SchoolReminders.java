package org.travelassist.claims.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.claims.ClaimStatus;
import org.travelassist.claims.SchoolReminderDue;
import org.travelassist.schools.SchoolStaffContacts;
import org.travelassist.shared.WorkingDays;

/**
 * Reminds each school's office, a few working days before a confirmation deadline, how many claims wait for it to
 * confirm attendance. Once per school and deadline (a row in {@code mileage_school_reminder}); a school with no
 * staff address yet is tried again on the next run, so staff linked later still hear in time.
 */
@Component
public class SchoolReminders {

    private static final Logger log = LoggerFactory.getLogger(SchoolReminders.class);

    private final ClaimRecords records;
    private final SchoolStaffContacts contacts;
    private final JdbcTemplate jdbc;
    private final int workingDaysBefore;

    SchoolReminders(ClaimRecords records, SchoolStaffContacts contacts, JdbcTemplate jdbc,
            @Value("${travelassist.mileage.school-remind-working-days-before:2}") int workingDaysBefore) {
        this.records = records;
        this.contacts = contacts;
        this.jdbc = jdbc;
        this.workingDaysBefore = workingDaysBefore;
    }

    @Scheduled(cron = "${travelassist.mileage.school-reminders-cron:0 30 8 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "mileage-school-reminders")
    @Transactional // here, not only below: a call from this method to another of its own bypasses the proxy, so no transaction
    public void run() {
        remind(records.today());
    }

    /** Sends the reminders due on {@code today}; returns how many schools were reminded. */
    @Transactional
    public int remind(LocalDate today) {
        LocalDate horizon = WorkingDays.plusWorkingDays(today, workingDaysBefore);
        Map<String, Map<LocalDate, List<MileageClaim>>> waiting = records.claims.findByStatusInOrderBySentAtAsc(List.of(ClaimStatus.SENT))
                .stream().filter(claim -> claim.getSchoolConfirmBy() != null)
                .filter(claim -> !claim.getSchoolConfirmBy().isBefore(today) && !claim.getSchoolConfirmBy().isAfter(horizon))
                .collect(Collectors.groupingBy(MileageClaim::getSchoolUrn, TreeMap::new,
                        Collectors.groupingBy(MileageClaim::getSchoolConfirmBy, TreeMap::new, Collectors.toList())));
        int sent = 0;
        for (var school : waiting.entrySet()) {
            List<String> emails = contacts.emailsOf(school.getKey());
            if (emails.isEmpty()) {
                log.info("No staff email for school {}: its attendance reminder waits for one", school.getKey());
                continue;
            }
            for (var deadline : school.getValue().entrySet()) {
                int claims = deadline.getValue().size();
                int inserted = jdbc.update("insert into mileage_school_reminder (school_urn, confirm_by, claims, sent_at) values (?, ?, ?, ?) "
                        + "on conflict do nothing", school.getKey(), deadline.getKey(), claims, Timestamp.from(records.now()));
                if (inserted == 1) {
                    String schoolName = records.allowance(deadline.getValue().getFirst().getAllowanceId()).getSchoolName();
                    records.publish(new SchoolReminderDue(school.getKey(), schoolName, deadline.getKey(), claims, emails));
                    sent++;
                }
            }
        }
        return sent;
    }
}
