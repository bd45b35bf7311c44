package org.travelassist.load;

import java.util.Optional;
import net.javacrumbs.shedlock.core.LockProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.travelassist.TestClock;
import org.travelassist.TravelAssistApplication;

/**
 * A third portal node for the money drill ({@link MoneyDrillSimulation}): the application itself on the two nodes'
 * database, with its listeners and the event publication registry, in which {@link MoneyWork} does what finance
 * officers do through the payments pages, by the same services. It runs no scheduled job (every ShedLock is refused
 * here): the finishing node moves its clock to the bank's processing day, and by that clock the retry job would take
 * the other nodes' work for lost. Everything else, the jobs included, is the two nodes' own.
 */
public final class MoneyNode {

    private MoneyNode() {}

    public static void main(String[] args) {
        var application = new SpringApplication(TravelAssistApplication.class, TestClock.class, NoJobsHere.class, MoneyWork.class);
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("loadScanMainClassesOnly",
                new LoadPortal.MainClassesOnly()));
        application.run(args);
    }

    @Configuration(proxyBeanMethods = false)
    static class NoJobsHere {

        /** ShedLock asks this for every scheduled turn: never here, so the turn is skipped. */
        @Bean
        @Primary
        LockProvider noScheduledJobsOnTheMoneyNode() {
            return configuration -> Optional.empty();
        }
    }
}
