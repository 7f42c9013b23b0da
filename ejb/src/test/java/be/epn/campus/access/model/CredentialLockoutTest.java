package be.epn.campus.access.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.people.model.Person;
import be.epn.campus.people.model.PersonDetails;
import be.epn.campus.platform.Language;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class CredentialLockoutTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 26, 10, 0);

    private static Credential credential() {
        Person person = new Person(new PersonDetails("Amina", "Benali", 1979, Language.FR, null, null), "amina.b42", T0, null, null);
        return new Credential(person, "hash", SecretKind.PIN, T0, null);
    }

    @Test
    void tenWrongSecretsInARowLockTheAccountForAQuarterOfAnHour() {
        Credential credential = credential();
        LocalDateTime at = T0;
        for (int i = 1; i < LockoutPolicy.FAILURES_BEFORE_LOCK; i++) {
            at = at.plusMinutes(1);
            assertFalse(credential.recordFailure(at), "failure " + i + " does not lock");
            assertFalse(credential.isLocked(at));
        }
        at = at.plusMinutes(1);
        assertTrue(credential.recordFailure(at), "the tenth locks");
        assertTrue(credential.isLocked(at.plusMinutes(14)));
        assertFalse(credential.isLocked(at.plusMinutes(15)));
        assertEquals(1, credential.getLockCount());
    }

    @Test
    void eachNewLockLastsLongerUpToADay() {
        assertEquals(Duration.ofMinutes(15), LockoutPolicy.lockDuration(0));
        assertEquals(Duration.ofMinutes(30), LockoutPolicy.lockDuration(1));
        assertEquals(Duration.ofHours(24), LockoutPolicy.lockDuration(20));
    }

    @Test
    void aftersomeFailuresEachTryMustWaitALittle() {
        Credential credential = credential();
        credential.recordFailure(T0);
        credential.recordFailure(T0);
        assertFalse(credential.isThrottled(T0), "two failures: no wait yet");
        credential.recordFailure(T0);
        assertTrue(credential.isThrottled(T0.plusNanos(500_000_000L)));
        assertFalse(credential.isThrottled(T0.plusSeconds(1)));
        assertEquals(Duration.ofSeconds(30), LockoutPolicy.waitAfter(50));
    }

    @Test
    void aSuccessForgetsFailuresAndANewSecretLiftsTheLock() {
        Credential credential = credential();
        for (int i = 0; i < 5; i++) {
            credential.recordFailure(T0);
        }
        credential.recordSuccess();
        assertEquals(0, credential.getFailedAttempts());
        for (int i = 0; i < 10; i++) {
            credential.recordFailure(T0);
        }
        assertTrue(credential.isLocked(T0));
        credential.replace("new-hash", SecretKind.PIN, T0, null);
        assertFalse(credential.isLocked(T0));
    }
}
