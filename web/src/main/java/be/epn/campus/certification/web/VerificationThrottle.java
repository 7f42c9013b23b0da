package be.epn.campus.certification.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Verifications per client address per minute, for the public page and the API alike. A code has 140 bits,
 * so guessing is hopeless anyway; the limit keeps the register from being scraped or the server from being
 * kept busy. An employer checks a few certificates, an EPN's shared address a few dozen: the default
 * ({@code CAMPUS_VERIFY_PER_MINUTE}, 30) leaves room for both.
 */
@ApplicationScoped
public class VerificationThrottle {

    static final Duration WINDOW = Duration.ofMinutes(1);

    @Inject
    @ConfigProperty(name = "campus.verify.per.minute", defaultValue = "30")
    int perMinute;

    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    /** Counts one verification from {@code address}; false when the address is over its limit (not counted). */
    public boolean tryAcquire(String address) {
        Instant now = Instant.now();
        Deque<Instant> times = recent.computeIfAbsent(address, a -> new ConcurrentLinkedDeque<>());
        synchronized (times) {
            Instant horizon = now.minus(WINDOW);
            while (!times.isEmpty() && times.peekFirst().isBefore(horizon)) {
                times.pollFirst();
            }
            if (times.size() >= perMinute) {
                return false;
            }
            times.addLast(now);
        }
        if (recent.size() > 10_000) {
            recent.entrySet().removeIf(e -> e.getValue().isEmpty());
        }
        return true;
    }

    /** Seconds until the address may verify again (for Retry-After). */
    public long retryAfterSeconds() {
        return WINDOW.toSeconds();
    }
}
