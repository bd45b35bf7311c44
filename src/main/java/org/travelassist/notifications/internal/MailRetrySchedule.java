package org.travelassist.notifications.internal;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.EventPublication;

/**
 * When a failed email is tried again, and when the portal stops trying. The wait after each try doubles from
 * {@code firstWait} up to {@code longestWait}; the portal keeps trying until the waits add up to at least
 * {@code keepTryingFor}, so a mail relay that is down for minutes or hours loses nothing. With the defaults (1 minute,
 * 1 hour, 24 hours) an email is tried 30 times over 24 hours and 3 minutes: at 0, 1, 3, 7, 15, 31 and 63 minutes, then
 * hourly.
 *
 * <p>Everything it needs is in the event publication registry: how many tries, and when the latest began
 * ({@code completion_attempts}, {@code last_resubmission_date} or, before the first retry, {@code publication_date}),
 * so every node, and a node after a restart, reaches the same next try from the same row.
 */
public final class MailRetrySchedule {

    private final Duration firstWait;
    private final Duration longestWait;
    private final Duration inFlightAtMost;
    private final int mostTries;
    private final Duration span;

    /**
     * @param inFlightAtMost a try still not finished this long after it began was lost with a stopped node: try it
     *     again (an SMTP try gives up after 30 seconds at most, so this is far longer than any try that is still running)
     */
    public MailRetrySchedule(Duration firstWait, Duration longestWait, Duration keepTryingFor, Duration inFlightAtMost) {
        if (!firstWait.isPositive() || longestWait.compareTo(firstWait) < 0 || keepTryingFor.isNegative() || !inFlightAtMost.isPositive()) {
            throw new IllegalArgumentException("The mail retry schedule needs travelassist.mail.retry-after > 0, retry-at-most >= retry-after,"
                    + " keep-trying-for >= 0 and in-flight-at-most > 0; got " + firstWait + ", " + longestWait + ", " + keepTryingFor
                    + ", " + inFlightAtMost);
        }
        this.firstWait = firstWait;
        this.longestWait = longestWait;
        this.inFlightAtMost = inFlightAtMost;
        int tries = 1;
        Duration waited = Duration.ZERO;
        while (waited.compareTo(keepTryingFor) < 0) {
            waited = waited.plus(waitAfter(tries++));
        }
        this.mostTries = tries;
        this.span = waited;
    }

    /** How long after the {@code tries}-th try the next one is due. */
    public Duration waitAfter(int tries) {
        if (tries < 1) {
            throw new IllegalArgumentException("An email has been tried at least once, not " + tries + " times");
        }
        Duration wait = firstWait;
        for (int i = 1; i < tries && wait.compareTo(longestWait) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longestWait) < 0 ? wait : longestWait;
    }

    /** Tries in all, the first included: the fewest whose waits add up to {@code keepTryingFor}. */
    public int mostTries() {
        return mostTries;
    }

    /** From the first try to the last, at the earliest. */
    public Duration keepsTryingFor() {
        return span;
    }

    /** When an email tried {@code tries} times, the latest try begun at {@code lastTried}, is next due. */
    public Instant nextTry(Instant lastTried, int tries) {
        return lastTried.plus(waitAfter(tries));
    }

    /** Whether the email's last try failed and the next is due by {@code now}; never after the last of {@link #mostTries}. */
    public boolean due(EventPublication.@Nullable Status status, Instant lastTried, int tries, Instant now) {
        return tries < mostTries && finished(status, lastTried, now) && !nextTry(lastTried, tries).isAfter(now);
    }

    /** Whether, after {@code tries}, the portal stops trying and lists the email for officers. */
    public boolean givesUpAfter(int tries) {
        return tries >= mostTries;
    }

    /**
     * A failed try has finished; so has one that never finished because its node stopped. One that is under way is
     * left alone, or the email would go twice. A resubmitted publication cannot be resubmitted again (the registry
     * refuses), so it counts as under way until {@link StoppedTries} marks it failed.
     */
    private boolean finished(EventPublication.@Nullable Status status, Instant lastTried, Instant now) {
        if (status == EventPublication.Status.FAILED) {
            return true;
        }
        if (status == EventPublication.Status.COMPLETED || status == EventPublication.Status.RESUBMITTED) {
            return false;
        }
        return !lastTried.isAfter(lostIfBegunBy(now));
    }

    /** A try begun at or before this and still not finished was lost with a stopped node. */
    public Instant lostIfBegunBy(Instant now) {
        return now.minus(inFlightAtMost);
    }

    /** When the latest try of this publication began: its last resubmission, or its publication for the first try. */
    static Instant lastTried(EventPublication publication) {
        Instant resubmitted = publication.getLastResubmissionDate();
        return resubmitted != null ? resubmitted : publication.getPublicationDate();
    }

    @Override
    public String toString() {
        return "tries again after " + firstWait + ", doubling to at most " + longestWait + ", " + mostTries + " tries over " + span;
    }
}
