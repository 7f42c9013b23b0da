package be.epn.campus.people.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UsernameGeneratorTest {

    @Test
    void aUsernameIsTheFirstNameTheFamilyInitialAndTwoDigits() {
        String username = UsernameGenerator.generate("Amina", "Benali", u -> false);
        assertTrue(username.matches("amina\\.b[1-9][0-9]"), username);
    }

    @Test
    void accentsAndSpacesGoAndOtherScriptsGetAPlainName() {
        assertTrue(UsernameGenerator.generate("Élodie-Anne", "Van den Bossche", u -> false).matches("elodieanne\\.v\\d\\d"));
        assertTrue(UsernameGenerator.generate("Łukasz", "Wróbel", u -> false).matches("ukasz\\.w\\d\\d|lukasz\\.w\\d\\d"));
        assertTrue(UsernameGenerator.generate("محمد", "العلوي", u -> false).matches("learner\\d\\d"));
    }

    @Test
    void neverTwoAlikeEvenWhenTheTwoDigitsRunOut() {
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String username = UsernameGenerator.generate("Jan", "Peeters", taken::contains);
            assertTrue(taken.add(username), "duplicate " + username);
        }
        assertEquals(200, taken.size());
        assertTrue(taken.stream().anyMatch(u -> u.matches("jan\\.p\\d{3,}")), "longer numbers once two digits are used up");
        assertNotEquals(0, taken.size());
    }
}
