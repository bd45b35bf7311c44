package org.travelassist.payments.stripe.local;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/** The fake's network faults: a share of POSTs go wrong, evenly among the {@link Failure} kinds, with a repeatable dice. */
final class Faults {

    /** A way for a request to go wrong, as on a real network. */
    enum Failure {
        /** 500 before anything happened: nothing is stored under the key, a retry does the work. */
        SERVER_ERROR_BEFORE,
        /** The work is done and its answer stored, but the answer comes after the client has given up. */
        TIMEOUT_AFTER,
        /** The work is done and its answer stored, then the connection is closed without an answer. */
        DROPPED_AFTER
    }

    private final AtomicLong injected = new AtomicLong();
    private volatile double rate;
    private volatile Random dice = new Random(0);
    private volatile Duration lateBy = Duration.ofSeconds(3);
    private volatile int outageAfterTransfers = -1;
    private final AtomicLong transfersBeforeOutage = new AtomicLong();
    private volatile boolean outage;

    void inject(double failureRate, long seed) {
        dice = new Random(seed);
        rate = failureRate;
    }

    void answerLateBy(Duration delay) {
        lateBy = delay;
    }

    /** See {@link FakeStripe#goDownAfterTransfers}. */
    void goDownAfterTransfers(int transfers) {
        transfersBeforeOutage.set(0);
        outage = false;
        outageAfterTransfers = transfers;
    }

    void recover() {
        outageAfterTransfers = -1;
        outage = false;
    }

    /** Whether this request, already processed, loses its answer to the outage (and starts it, at the transfer it waits for). */
    boolean answerLost(String path) {
        if (outageAfterTransfers >= 0 && (outage
                || path.equals("/v1/transfers") && transfersBeforeOutage.incrementAndGet() > outageAfterTransfers)) {
            outage = true;
            return true;
        }
        return false;
    }

    Duration lateBy() {
        return lateBy;
    }

    long injected() {
        return injected.get();
    }

    /** What goes wrong with the next POST; null for nothing. */
    synchronized @Nullable Failure next() {
        if (rate <= 0 || dice.nextDouble() >= rate) {
            return null;
        }
        injected.incrementAndGet();
        return Failure.values()[dice.nextInt(Failure.values().length)];
    }
}
