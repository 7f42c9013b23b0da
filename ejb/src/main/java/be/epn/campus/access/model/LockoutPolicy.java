package be.epn.campus.access.model;

import java.time.Duration;

/**
 * How wrong secrets are held back. After a few failures each try must wait a little longer (throttling);
 * after {@value #FAILURES_BEFORE_LOCK} failures in a row the account is locked for a while, longer at each
 * new lock, until an animateur unlocks it or the time passes. With 4-digit PINs this keeps a guesser
 * under one chance in a thousand per lock.
 */
public final class LockoutPolicy {

    public static final int FAILURES_BEFORE_LOCK = 10;
    public static final int FAILURES_BEFORE_THROTTLE = 3;
    static final Duration FIRST_LOCK = Duration.ofMinutes(15);
    static final Duration LONGEST_LOCK = Duration.ofHours(24);
    static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    private LockoutPolicy() {
    }

    /** How long the n-th lock (counting from 0) lasts: 15 minutes, doubling, at most a day. */
    public static Duration lockDuration(int previousLocks) {
        Duration duration = FIRST_LOCK.multipliedBy(1L << Math.min(previousLocks, 10));
        return duration.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : duration;
    }

    /** How long after the last failure the next try must wait: nothing at first, then 1, 2, 4... seconds. */
    public static Duration waitAfter(int failures) {
        return waitAfter(failures, Duration.ofSeconds(1));
    }

    /** The same with another unit than the second (configurable: campus.signin.throttle-unit-ms). */
    public static Duration waitAfter(int failures, Duration unit) {
        if (failures < FAILURES_BEFORE_THROTTLE || unit.isZero()) {
            return Duration.ZERO;
        }
        Duration wait = unit.multipliedBy(1L << Math.min(failures - FAILURES_BEFORE_THROTTLE, 10));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
