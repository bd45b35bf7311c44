package org.travelassist.claims.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.claims.AllowanceStatus;
import org.travelassist.claims.ClaimReminderDue;
import org.travelassist.claims.ClaimablePeriod;
import org.travelassist.claims.MileagePolicy;

/**
 * Reminds families to claim, per the policy's claim period: once a period has ended ("you can claim for March", or
 * "for Summer term 2027" where the policy pays by term), and a few days before its deadline when nothing is claimed
 * for it yet. The periods are the ones the family's claims page offers, so a reminder never names a period the family
 * cannot choose. Each reminder goes once per allowance and period (a row in {@code mileage_reminder}), however often
 * the job runs and on however many nodes.
 */
@Component
public class ClaimReminders {

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
    @Transactional // here, not only below: a call from this method to another of its own bypasses the proxy, so no transaction
    public void run() {
        remind(records.today());
    }

    /** Sends the reminders due on {@code today}; returns how many. */
    @Transactional
    public int remind(LocalDate today) {
        MileagePolicy policy = records.policies.inForce(today);
        int sent = 0;
        for (MileageAllowance allowance : records.allowances.findAll()) {
            if (allowance.getStatus() != AllowanceStatus.ACCEPTED) {
                continue;
            }
            Optional<ClaimablePeriod> ended = lastEnded(allowance, today);
            if (ended.isEmpty() || claimed(allowance, ended.get())) {
                continue;
            }
            ClaimablePeriod period = ended.get();
            LocalDate claimBy = policy.deadline().lastDayToClaim(period.to(), period.to());
            boolean near = !today.isBefore(claimBy.minusDays(daysBefore));
            var kind = near ? ClaimReminderDue.Kind.DEADLINE_NEAR : ClaimReminderDue.Kind.MONTH_OPEN;
            int inserted = jdbc.update("insert into mileage_reminder (allowance_id, period_from, kind, sent_at) values (?, ?, ?, ?) "
                    + "on conflict do nothing", allowance.getId(), period.from(), kind.name(), Timestamp.from(records.now()));
            if (inserted == 1) {
                var details = records.details(allowance);
                records.publish(new ClaimReminderDue(allowance.getHouseholdId(), allowance.getId(), allowance.getSchoolName(),
                        details.children(), period.label(), kind, claimBy));
                sent++;
            }
        }
        return sent;
    }

    /** The latest period that has ended and can still be claimed (the list leaves out those past their deadline). */
    private Optional<ClaimablePeriod> lastEnded(MileageAllowance allowance, LocalDate today) {
        return records.periods(allowance, today).stream().filter(period -> period.to().isBefore(today)).findFirst();
    }

    private boolean claimed(MileageAllowance allowance, ClaimablePeriod period) {
        return records.claims.findByAllowanceId(allowance.getId()).stream()
                .anyMatch(claim -> claim.getStatus().holdsItsDays() && !claim.getPeriodFrom().isBefore(period.from())
                        && !claim.getPeriodFrom().isAfter(period.to()));
    }
}
