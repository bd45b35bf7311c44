package org.travelassist.reporting.internal;

import java.time.Clock;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.travelassist.reporting.PolicyYear;
import org.travelassist.reporting.ReassessmentRules;
import org.travelassist.reporting.ReportingSettings;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.GovukDates;

/**
 * Every night: runs the annual re-assessment when the policy year has started since the last run, or the policy in
 * force has changed. It reads as an officer would (applications checks every record against the reader); the
 * audit trail records the run as the system's, since no person started it.
 */
@Component
public class ReassessmentJob {

    private static final Logger log = LoggerFactory.getLogger(ReassessmentJob.class);
    static final String JOB = "annual-reassessment";

    private final ReassessmentRunner runner;
    private final Clock clock;
    private final int yearStartsMonth;

    ReassessmentJob(ReassessmentRunner runner, Clock clock, ReportingSettings settings) {
        this.runner = runner;
        this.clock = clock;
        this.yearStartsMonth = settings.policyYearStartsMonth();
    }

    @Scheduled(cron = "${travelassist.reporting.reassessment-cron:0 30 2 * * *}", zone = "Europe/London")
    // No lockAtLeastFor: once a run is stored nothing is due, so a second node that starts late finds nothing to do.
    @SchedulerLock(name = JOB, lockAtMostFor = "PT2H")
    public void runWhenDue() {
        var today = GovukDates.today(clock);
        var due = ReassessmentRules.due(runner.lastRun().orElse(null), PolicyYear.containing(today, yearStartsMonth),
                runner.policyInForce(today));
        if (due.isEmpty()) {
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("scheduled annual re-assessment", null,
                List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.OFFICER))));
        SecurityContextHolder.setContext(context);
        try {
            var run = runner.run(due.get(), null);
            log.info("Annual re-assessment run {}: {}", run, due.get().label);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
