package be.epn.campus.access.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.access.model.SecretPolicy.Refusal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretPolicyTest {

    private static Optional<Refusal> check(String secret) {
        return SecretPolicy.check(secret, "amina.b42", 1979);
    }

    @Test
    void aFourDigitPinThatIsNotObviousIsAccepted() {
        assertEquals(Optional.empty(), check("2580"));
        assertEquals(Optional.empty(), check("73914"));
        assertEquals(SecretKind.PIN, SecretPolicy.kindOf("2580"));
    }

    @Test
    void obviousPinsAreRefused() {
        for (String pin : new String[] {"0000", "1111", "1234", "4321", "6789", "98765"}) {
            assertEquals(Optional.of(Refusal.PIN_TOO_SIMPLE), check(pin), pin);
        }
        assertEquals(Optional.of(Refusal.PIN_IS_BIRTH_YEAR), check("1979"));
        assertEquals(Optional.of(Refusal.PIN_IS_BIRTH_YEAR), check("197955"));
    }

    @Test
    void pinLengthIsFourToEight() {
        assertEquals(Optional.of(Refusal.PIN_LENGTH), check("258"));
        assertEquals(Optional.of(Refusal.PIN_LENGTH), check("258025802"));
        assertEquals(Optional.empty(), check("25802581"));
    }

    @Test
    void passphrasesNeedTenCharactersAndNotTheUsername() {
        assertEquals(SecretKind.PASSPHRASE, SecretPolicy.kindOf("le chat bleu"));
        assertEquals(Optional.empty(), check("le chat bleu"));
        assertEquals(Optional.of(Refusal.PASSPHRASE_TOO_SHORT), check("chat bleu"));
        assertEquals(Optional.of(Refusal.PASSPHRASE_TOO_LONG), check("x".repeat(129)));
        assertEquals(Optional.of(Refusal.CONTAINS_USERNAME), check("moi c'est Amina.B42 !"));
    }

    @Test
    void anEmptySecretIsRefused() {
        assertEquals(Optional.of(Refusal.EMPTY), check(""));
        assertEquals(Optional.of(Refusal.EMPTY), check("   "));
        assertEquals(Optional.of(Refusal.EMPTY), check(null));
        assertTrue(SecretPolicy.check("2580", null, null).isEmpty());
    }
}
