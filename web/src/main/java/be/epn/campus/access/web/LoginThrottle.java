package be.epn.campus.access.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Failed sign-ins per client address over ten minutes. Account locks stop guessing one account; this
 * stops one machine from trying many accounts. EPNs share one public address for many computers, hence a
 * generous limit.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_FAILURES = 60;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public boolean allows(String address) {
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return true;
        }
        prune(recent, Instant.now());
        return recent.size() < MAX_FAILURES;
    }

    public void failed(String address) {
        Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ConcurrentLinkedDeque<>());
        recent.addLast(Instant.now());
        prune(recent, Instant.now());
        if (failures.size() > 10_000) {
            failures.entrySet().removeIf(e -> e.getValue().isEmpty());
        }
    }

    private static void prune(Deque<Instant> recent, Instant now) {
        Instant horizon = now.minus(WINDOW);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(horizon)) {
            recent.pollFirst();
        }
    }
}
