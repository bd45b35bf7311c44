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
 *
 * <p>{@code -Dtest.clock.start=2026-12-31T23:50:00Z} runs the whole suite as if it had started then (the clock runs on
 * from there, and {@code reset()} goes back to it), so that a test which only passes on some days is found before CI
 * finds it on the day.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    /**
     * Tuesday 1 December 2026, 10:00, a working day in the autumn term of 2026 to 2027: the day the tests' dated data
     * (term dates, December claims, January absences, June renewals) is written for. A test that names such dates
     * moves the clock here first, so that it passes whatever day it runs.
     */
    public static final Instant IN_THE_AUTUMN_TERM = Instant.parse("2026-12-01T10:00:00Z");

    @Bean
    @Primary
    MovableClock movableClock() {
        String start = System.getProperty("travelassist.test.clock-start", "");
        return new MovableClock(start.isBlank() ? Duration.ZERO : Duration.between(Instant.now(), Instant.parse(start)));
    }

    public static class MovableClock extends Clock {

        private final Duration start;
        private volatile Duration offset;

        public MovableClock() {
            this(Duration.ZERO);
        }

        MovableClock(Duration start) {
            this.start = start;
            this.offset = start;
        }

        public void advance(Duration by) {
            offset = offset.plus(by);
        }

        /** Puts the clock at an instant (it runs on from there), e.g. just after midnight in summer. */
        public void moveTo(Instant at) {
            offset = Duration.between(Instant.now(), at);
        }

        public void reset() {
            offset = start;
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
