package be.epn.campus.people.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.platform.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CardBundlesTest {

    /** Every key the card's code reads. */
    private static final Set<String> KEYS = Set.of("card.brand", "card.username", "steps.title", "step1", "step2",
            "step3", "secret.keep", "secret.forgot", "footer.epn", "footer.printed");

    @Test
    void everyLanguageHasTheSameKeysAndNoEmptyText() throws IOException {
        Properties french = load(Language.FR);
        for (Language language : Language.values()) {
            Properties bundle = load(language);
            assertEquals(new TreeSet<>(french.stringPropertyNames()), new TreeSet<>(bundle.stringPropertyNames()),
                    "keys of card_" + language.code());
            assertEquals(new TreeSet<>(KEYS), new TreeSet<>(bundle.stringPropertyNames()), "keys the code reads");
            for (String key : bundle.stringPropertyNames()) {
                assertFalse(bundle.getProperty(key).isBlank(), key + " is empty in card_" + language.code());
            }
            assertTrue(bundle.getProperty("footer.epn").contains("{0}"), "the EPN name has a place");
            assertTrue(bundle.getProperty("footer.printed").contains("{0}"), "the date has a place");
        }
    }

    @Test
    void eachLanguageGetsItsOwnTextsAndDates() {
        CardTexts french = CardTexts.in(Language.FR);
        CardTexts dutch = CardTexts.in(Language.NL);
        CardTexts english = CardTexts.in(Language.EN);
        assertEquals("Tapez votre code secret.", french.get("step3"));
        assertEquals("Typ uw geheime code.", dutch.get("step3"));
        assertEquals("Type your secret code.", english.get("step3"));
        assertNotEquals(french.get("card.username"), dutch.get("card.username"));
        assertEquals("12 mars 2026", french.date(java.time.LocalDate.of(2026, 3, 12)));
        assertEquals("12 maart 2026", dutch.date(java.time.LocalDate.of(2026, 3, 12)));
        assertEquals("Kaart gedrukt op 12 maart 2026", dutch.get("footer.printed", "12 maart 2026"));
    }

    private static Properties load(Language language) throws IOException {
        String file = "card_" + language.code() + ".properties";
        try (InputStream in = CardBundlesTest.class.getResourceAsStream(file)) {
            assertNotNull(in, file + " is on the class path");
            Properties properties = new Properties();
            // A strict decoder: a file saved in another encoding fails here instead of printing mojibake.
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder())) {
                properties.load(reader);
            }
            return properties;
        }
    }
}
