package be.epn.campus.access.service;

import be.epn.campus.access.model.Credential;
import be.epn.campus.access.model.SecretPolicy;
import be.epn.campus.people.model.PeopleRepository;
import be.epn.campus.people.model.Person;
import be.epn.campus.platform.audit.AuditAction;
import be.epn.campus.platform.audit.AuditLog;
import be.epn.campus.platform.errors.RefusedException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * Secrets and signing in. A wrong secret is counted (throttling, then a lock after ten in a row) in a
 * transaction of its own, so the count holds whatever happens to the request. Tries on one account are
 * serialized with a row lock: two tabs cannot both get a free guess.
 */
@Stateless
public class Accounts {

    @PersistenceContext(unitName = "campus")
    private EntityManager em;

    @Inject
    PeopleRepository people;

    @Inject
    SecretHasher hasher;

    @EJB
    AuditLog audit;

    /** The first wait after three wrong secrets (then doubling); 0 switches throttling off (tests only). */
    @Inject
    @ConfigProperty(name = "campus.signin.throttle-unit-ms", defaultValue = "1000")
    long throttleUnitMillis;

    /**
     * Checks a login (username, or e-mail address for those who have one) and a secret. Never says
     * whether the login exists: an unknown login costs the same time and gets the same answer as a wrong
     * secret.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SignInResult signIn(String login, String secret) {
        Optional<Person> person = find(login);
        Optional<Credential> credential = person.filter(Person::canSignIn)
                .map(p -> em.find(Credential.class, p.getId(), LockModeType.PESSIMISTIC_WRITE));
        if (credential.isEmpty()) {
            hasher.spendTimeOfACheck(secret);
            return SignInResult.refused(SignInResult.Outcome.INVALID);
        }
        Credential account = credential.get();
        LocalDateTime now = now();
        if (account.isLocked(now)) {
            return SignInResult.refused(SignInResult.Outcome.LOCKED);
        }
        if (account.isThrottled(now, Duration.ofMillis(throttleUnitMillis))) {
            return SignInResult.refused(SignInResult.Outcome.THROTTLED);
        }
        if (!hasher.matches(secret, account.getSecretHash())) {
            boolean locked = account.recordFailure(now);
            if (locked) {
                audit.record(null, AuditAction.ACCOUNT_LOCKED, person.get(), null, "failures=" + 10);
                return SignInResult.refused(SignInResult.Outcome.LOCKED);
            }
            return SignInResult.refused(SignInResult.Outcome.INVALID);
        }
        account.recordSuccess();
        return new SignInResult(SignInResult.Outcome.SIGNED_IN, person.get().getUuid(), person.get().getRoles());
    }

    /**
     * Gives a person their first secret or a new one, after checking it against {@link SecretPolicy}.
     * The caller has already checked that {@code by} may do so.
     *
     * @throws RefusedException {@code access.secret.<REFUSAL>} when the secret is not acceptable
     */
    public void setSecret(Person person, String secret, Person by) {
        SecretPolicy.check(secret, person.getUsername(), person.getBirthYear()).ifPresent(refusal -> {
            throw new RefusedException("access.secret." + refusal.name());
        });
        String hash = hasher.hash(secret);
        Credential credential = em.find(Credential.class, person.getId());
        if (credential == null) {
            em.persist(new Credential(person, hash, SecretPolicy.kindOf(secret), now(), by));
        } else {
            credential.replace(hash, SecretPolicy.kindOf(secret), now(), by);
        }
    }

    /**
     * Whether the person's secret is this one, to confirm a change of one's own secret. A wrong answer
     * counts like a wrong sign-in (someone at a computer left signed in must not guess freely), and a
     * locked account answers false. Counted in its own transaction, so the count stays.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean confirmSecretOf(Person person, String secret) {
        Credential credential = em.find(Credential.class, person.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (credential == null || credential.isLocked(now())) {
            return false;
        }
        if (hasher.matches(secret, credential.getSecretHash())) {
            credential.recordSuccess();
            return true;
        }
        if (credential.recordFailure(now())) {
            audit.record(null, AuditAction.ACCOUNT_LOCKED, em.find(Person.class, person.getId()), null, "failures=10");
        }
        return false;
    }

    public void unlock(Person person) {
        Credential credential = em.find(Credential.class, person.getId());
        if (credential != null) {
            credential.unlock();
        }
    }

    public LockStatus lockStatus(Person person) {
        Credential credential = em.find(Credential.class, person.getId());
        if (credential == null) {
            return new LockStatus(false, null, 0, 0, false);
        }
        return new LockStatus(credential.isLocked(now()), credential.getLockedUntil(), credential.getFailedAttempts(),
                credential.getLockCount(), true);
    }

    /** Removes the secret entirely (erasure). */
    public void forget(Person person) {
        Credential credential = em.find(Credential.class, person.getId());
        if (credential != null) {
            em.remove(credential);
        }
    }

    private Optional<Person> find(String login) {
        if (login == null || login.isBlank() || login.length() > 254) {
            return Optional.empty();
        }
        String normalized = login.strip().toLowerCase(Locale.ROOT);
        return normalized.contains("@") ? people.byEmail(normalized) : people.byUsername(normalized);
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(Clock.systemUTC());
    }
}
