package be.epn.campus.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.certification.code.VerificationCode;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {

    @Test
    void tenThousandRandomCodesFindNothingAmongIssuedCodes() {
        Set<String> issued = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            issued.add(VerificationCode.generate().lookupHash());
        }
        assertEquals(10_000, issued.size(), "no two issued codes alike");
        int found = 0;
        for (int i = 0; i < 10_000; i++) {
            if (issued.contains(VerificationCode.generate().lookupHash())) {
                found++;
            }
        }
        assertEquals(0, found);
    }

    @Test
    void carriesAtLeast128Bits() {
        assertTrue(VerificationCode.SYMBOLS * 5 >= 128);
        assertEquals(28 + 6, VerificationCode.generate().formatted().length());
    }

    @Test
    void parsingForgivesCaseSpacesDashesAndLookAlikes() {
        VerificationCode code = VerificationCode.generate();
        assertEquals(Optional.of(code), VerificationCode.parse(code.formatted()));
        assertEquals(Optional.of(code), VerificationCode.parse(" " + code.formatted().toLowerCase().replace("-", " ")));
        VerificationCode withLookAlikes = VerificationCode.parse("0011-0011-0011-0011-0011-0011-0011").orElseThrow();
        assertEquals(withLookAlikes, VerificationCode.parse("oOiL-0o1i-O0Il-0011-0011-0011-0011").orElseThrow());
        assertTrue(code.matches(VerificationCode.parse(code.formatted()).orElseThrow()));
    }

    @Test
    void refusesWhatIsNotACode() {
        assertFalse(VerificationCode.parse(null).isPresent());
        assertFalse(VerificationCode.parse("").isPresent());
        assertFalse(VerificationCode.parse("0011-0011-0011-0011-0011-0011-001").isPresent(), "too short");
        assertFalse(VerificationCode.parse("0011-0011-0011-0011-0011-0011-00110").isPresent(), "too long");
        assertFalse(VerificationCode.parse("UUUU-0011-0011-0011-0011-0011-0011").isPresent(), "U not in the alphabet");
    }
}
