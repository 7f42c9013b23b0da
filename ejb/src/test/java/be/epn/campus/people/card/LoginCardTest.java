package be.epn.campus.people.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.platform.Language;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class LoginCardTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 12);
    private static final String URL = "https://campus.example/login.xhtml?u=amina.b42";

    @Test
    void valuesAreStrippedAndABlankEpnIsNone() {
        LoginCard card = new LoginCard("  Amina Benali ", " amina.b42 ", Language.FR, " " + URL + " ", "  ", DAY);
        assertEquals("Amina Benali", card.displayName());
        assertEquals("amina.b42", card.username());
        assertEquals(URL, card.loginUrl());
        assertEquals(Optional.empty(), card.epn());
        assertEquals(Optional.of("EPN Pianofabriek"),
                new LoginCard("A", "a", Language.NL, URL, " EPN Pianofabriek ", DAY).epn());
    }

    @Test
    void missingOrBlankTextIsRefusedWithTheFieldNamed() {
        refused(() -> new LoginCard(null, "amina.b42", Language.FR, URL, null, DAY), "name", "missing");
        refused(() -> new LoginCard(" \t", "amina.b42", Language.FR, URL, null, DAY), "name", "blank");
        refused(() -> new LoginCard("Amina", null, Language.FR, URL, null, DAY), "username", "missing");
        refused(() -> new LoginCard("Amina", "   ", Language.FR, URL, null, DAY), "username", "blank");
        refused(() -> new LoginCard("Amina", "amina.b42", Language.FR, null, null, DAY), "login URL", "missing");
        refused(() -> new LoginCard("Amina", "amina.b42", Language.FR, "", null, DAY), "login URL", "blank");
    }

    @Test
    void theLoginUrlMustBeAnAbsoluteWebAddress() {
        refused(() -> new LoginCard("Amina", "amina.b42", Language.FR, "/login.xhtml?u=amina.b42", null, DAY),
                "absolute", "/login.xhtml");
        refused(() -> new LoginCard("Amina", "amina.b42", Language.FR, "ftp://campus.example/", null, DAY),
                "absolute", "ftp://");
        refused(() -> new LoginCard("Amina", "amina.b42", Language.FR, "https://campus example/", null, DAY),
                "not a valid address");
    }

    @Test
    void languageAndDateAreRequired() {
        refused(() -> new LoginCard("Amina", "amina.b42", null, URL, null, DAY), "language");
        refused(() -> new LoginCard("Amina", "amina.b42", Language.EN, URL, null, null), "date");
    }

    @Test
    void theTypedAddressIsTheSiteWithoutSchemeQueryOrPage() {
        assertEquals("campus.example", card(URL).typedAddress());
        assertEquals("epn.example/campus", card("https://epn.example/campus/login.xhtml?u=a#top").typedAddress());
        assertEquals("localhost:8080", card("http://localhost:8080/login.xhtml").typedAddress());
        assertEquals("campus.example", card("https://campus.example").typedAddress());
    }

    private static LoginCard card(String url) {
        return new LoginCard("Amina", "amina.b42", Language.FR, url, null, DAY);
    }

    private static void refused(Executable making, String... words) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, making);
        for (String word : words) {
            assertTrue(refused.getMessage().contains(word), "'" + word + "' in: " + refused.getMessage());
        }
    }
}
