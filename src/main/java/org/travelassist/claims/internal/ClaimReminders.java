package org.travelassist.claims.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.claims.AllowanceStatus;
import org.travelassist.claims.ClaimReminderDue;
import org.travelassist.claims.MileagePolicy;

/**
 * Reminds families to claim: once a month has ended ("you can claim for March"), and a few days before its
 * deadline when nothing is claimed for it yet. Each reminder goes once per allowance and month (a row in
 * {@code mileage_reminder}), however often the job runs and on however many nodes.
 */
@Component
public class ClaimReminders {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final ClaimRecords records;
    private final JdbcTemplate jdbc;
    private final int daysBefore;

    ClaimReminders(ClaimRecords records, JdbcTemplate jdbc, @Value("${travelassist.mileage.remind-days-before-deadline:3}") int daysBefore) {
        this.records = records;
        this.jdbc = jdbc;
        this.daysBefore = daysBefore;
    }

    @Scheduled(cron = "${travelassist.mileage.reminders-cron:0 0 8 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "mileage-claim-reminders")
    public void run() {
        remind(records.today());
    }

    /** Sends the reminders due on {@code today}; returns how many. */
    @Transactional
    public int remind(LocalDate today) {
        MileagePolicy policy = records.policies.inForce(today);
        YearMonth last = YearMonth.from(today).minusMonths(1);
        LocalDate claimBy = policy.deadline().lastDayToClaim(last.atEndOfMonth(), last.atEndOfMonth());
        int sent = 0;
        for (MileageAllowance allowance : records.allowances.findAll()) {
            if (allowance.getStatus() != AllowanceStatus.ACCEPTED || last.atEndOfMonth().isBefore(allowance.getStartsOn())
                    || today.isAfter(claimBy) || claimed(allowance, last)) {
                continue;
            }
            boolean near = !today.isBefore(claimBy.minusDays(daysBefore));
            var kind = near ? ClaimReminderDue.Kind.DEADLINE_NEAR : ClaimReminderDue.Kind.MONTH_OPEN;
            int inserted = jdbc.update("insert into mileage_reminder (allowance_id, month, kind, sent_at) values (?, ?, ?, ?) on conflict do nothing",
                    allowance.getId(), last.atDay(1), kind.name(), Timestamp.from(records.now()));
            if (inserted == 1) {
                var details = records.details(allowance);
                records.publish(new ClaimReminderDue(allowance.getHouseholdId(), allowance.getId(), allowance.getSchoolName(),
                        details.children(), MONTH.format(last), kind, claimBy));
                sent++;
            }
        }
        return sent;
    }

    private boolean claimed(MileageAllowance allowance, YearMonth month) {
        return records.claims.findByAllowanceId(allowance.getId()).stream()
                .anyMatch(claim -> claim.getStatus().holdsItsDays() && YearMonth.from(claim.getPeriodFrom()).equals(month));
    }
}
