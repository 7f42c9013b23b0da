package be.epn.campus.access.service;

import java.time.LocalDateTime;

/** What an animateur sees of a learner's account: locked until when, how many wrong tries since. */
public record LockStatus(boolean locked, LocalDateTime lockedUntil, int failedAttempts, int locksSoFar, boolean hasSecret) {
}
