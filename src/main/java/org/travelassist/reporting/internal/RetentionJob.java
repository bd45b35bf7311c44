package org.travelassist.reporting.internal;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.travelassist.shared.GovukDates;

/**
 * Every night: applies the retention policy. A second run on the same day, or on another node, finds nothing
 * left to do, since what is deleted is gone and what is anonymised is marked.
 */
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final RetentionRunner runner;
    private final Clock clock;

    RetentionJob(RetentionRunner runner, Clock clock) {
        this.runner = runner;
        this.clock = clock;
    }

    @Scheduled(cron = "${travelassist.retention.cron:0 30 3 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "retention", lockAtMostFor = "PT2H")
    void run() {
        log.info("Retention applied: {}", runner.apply(GovukDates.today(clock), null));
    }
}
