package org.travelassist;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The portal's clock in tests: real time, which a test can move forward to see a deadline pass, and must put back
 * with {@link MovableClock#reset()} in {@code finally}, since every integration test shares it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock();
    }

    public static class MovableClock extends Clock {

        private volatile Duration offset = Duration.ZERO;

        public void advance(Duration by) {
            offset = offset.plus(by);
        }

        /** Puts the clock at an instant (it runs on from there), e.g. just after midnight in summer. */
        public void moveTo(Instant at) {
            offset = Duration.between(Instant.now(), at);
        }

        public void reset() {
            offset = Duration.ZERO;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), offset);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
