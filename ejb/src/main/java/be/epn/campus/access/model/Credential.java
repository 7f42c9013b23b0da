package be.epn.campus.access.model;

import be.epn.campus.people.model.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A person's secret (only its PBKDF2 hash) and the record of wrong tries that throttles and locks it.
 */
@Entity
@Table(name = "credential")
public class Credential {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "secret_hash", nullable = false)
    private String secretHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "secret_kind", nullable = false, length = 16)
    private SecretKind kind;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "last_failure_at")
    private LocalDateTime lastFailureAt;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    @Column(name = "lock_count", nullable = false)
    private int lockCount;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "changed_by_id")
    private Person changedBy;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Credential() {
        // for JPA
    }

    public Credential(Person person, String secretHash, SecretKind kind, LocalDateTime at, Person changedBy) {
        this.person = Objects.requireNonNull(person, "person");
        replace(secretHash, kind, at, changedBy);
    }

    /** A new secret: it also lifts any lock and forgets past failures. */
    public void replace(String hash, SecretKind newKind, LocalDateTime at, Person by) {
        this.secretHash = Objects.requireNonNull(hash, "hash");
        this.kind = Objects.requireNonNull(newKind, "kind");
        this.changedAt = at;
        this.changedBy = by;
        unlock();
    }

    public boolean isLocked(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Whether a try now comes too soon after the last failure. */
    public boolean isThrottled(LocalDateTime now) {
        return isThrottled(now, Duration.ofSeconds(1));
    }

    public boolean isThrottled(LocalDateTime now, Duration unit) {
        return lastFailureAt != null && now.isBefore(lastFailureAt.plus(LockoutPolicy.waitAfter(failedAttempts, unit)));
    }

    /** Counts a wrong secret; the tenth in a row locks the account. Returns true when it locked. */
    public boolean recordFailure(LocalDateTime now) {
        failedAttempts++;
        lastFailureAt = now;
        if (failedAttempts >= LockoutPolicy.FAILURES_BEFORE_LOCK) {
            lockedUntil = now.plus(LockoutPolicy.lockDuration(lockCount));
            lockCount++;
            failedAttempts = 0;
            return true;
        }
        return false;
    }

    public void recordSuccess() {
        failedAttempts = 0;
        lastFailureAt = null;
    }

    public void unlock() {
        failedAttempts = 0;
        lastFailureAt = null;
        lockedUntil = null;
    }

    public Person getPerson() {
        return person;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public SecretKind getKind() {
        return kind;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    public int getLockCount() {
        return lockCount;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }

    public LocalDateTime getLastFailureAt() {
        return lastFailureAt;
    }
}
