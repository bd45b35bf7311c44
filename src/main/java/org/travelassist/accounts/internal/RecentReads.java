package org.travelassist.accounts.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Values read from the database, each trusted for a fixed time after it was read and then read again. For a value
 * read on every request that changes rarely, where the cost of a stale value is bounded by that time.
 *
 * @param <K> what a value is read by
 * @param <V> the value; wrap a nullable one (an {@code Optional})
 */
public final class RecentReads<K, V> {

    /** More keys than this and the expired ones are dropped, so that keys of people long gone do not pile up. */
    private static final int TIDY_ABOVE = 10_000;

    private record Read<V>(V value, long readAtNanos) {}

    private final long trustedForNanos;
    private final LongSupplier nanoTime;
    private final Map<K, Read<V>> reads = new ConcurrentHashMap<>();

    /** @param nanoTime a monotonic clock ({@code System::nanoTime}): the bound is real time, whatever the portal's clock says */
    public RecentReads(Duration trustedFor, LongSupplier nanoTime) {
        this.trustedForNanos = trustedFor.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The value read less than the trusted time ago, or {@code read}'s now. */
    public V get(K key, Function<K, V> read) {
        long now = nanoTime.getAsLong();
        Read<V> known = reads.get(key);
        if (known != null && now - known.readAtNanos() < trustedForNanos) {
            return known.value();
        }
        V value = read.apply(key);
        if (reads.size() > TIDY_ABOVE) {
            reads.values().removeIf(old -> now - old.readAtNanos() >= trustedForNanos);
        }
        reads.put(key, new Read<>(value, now));
        return value;
    }

    /** How many values are kept. */
    int size() {
        return reads.size();
    }

    /** Forgets the value, after it changed here: the next {@link #get} reads it again. */
    public void forget(K key) {
        reads.remove(key);
    }
}
