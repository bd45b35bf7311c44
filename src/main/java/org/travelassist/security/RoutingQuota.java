package org.travelassist.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits the routing work anyone can ask of the public checker: every check and every move of the home pin on the
 * map measures routes on the network, which is the portal's most expensive work. A browser session gets
 * {@code travelassist.routing-quota.per-session} in ten minutes; a client address (behind the load balancer, the
 * address it vouches for) gets {@code per-address}, so that dropping the cookie does not start afresh. The least
 * recently seen are forgotten beyond 10,000 of each, so memory stays bounded.
 */
@Component
public class RoutingQuota {

    static final Duration WINDOW = Duration.ofMinutes(10);
    static final int REMEMBERED = 10_000;
    public static final String TOO_MANY =
            "You have checked a lot of times in a few minutes. Wait 10 minutes, then try again, or call the council.";

    private final int perSession;
    private final int perAddress;
    private final TimeMeter time;
    private final Map<String, Bucket> sessions = boundedMap();
    private final Map<String, Bucket> addresses = boundedMap();

    RoutingQuota(@Value("${travelassist.routing-quota.per-session:40}") int perSession,
            @Value("${travelassist.routing-quota.per-address:200}") int perAddress, Clock clock) {
        this.perSession = perSession;
        this.perAddress = perAddress;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /**
     * Takes one unit of routing work for the current browser session and client address.
     *
     * @return the message to show when the limit is reached; empty when the work may go ahead
     */
    public Optional<String> refusal() {
        VaadinSession session = VaadinSession.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        String sessionKey = session == null ? "none" : session.getSession().getId();
        String addressKey = request == null ? "unknown" : request.getRemoteAddr();
        return refusal(sessionKey, addressKey);
    }

    Optional<String> refusal(String sessionKey, String addressKey) {
        // Both must have room; the session's is taken only when the address still has room, and the other way round.
        Bucket bySession = sessions.computeIfAbsent(sessionKey, key -> bucket(perSession));
        Bucket byAddress = addresses.computeIfAbsent(addressKey, key -> bucket(perAddress));
        if (bySession.getAvailableTokens() < 1 || !byAddress.tryConsume(1)) {
            return Optional.of(TOO_MANY);
        }
        if (!bySession.tryConsume(1)) {
            return Optional.of(TOO_MANY);
        }
        return Optional.empty();
    }

    private Bucket bucket(int capacity) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, WINDOW))
                .withCustomTimePrecision(time)
                .build();
    }

    private static Map<String, Bucket> boundedMap() {
        return Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > REMEMBERED;
            }
        });
    }
}
