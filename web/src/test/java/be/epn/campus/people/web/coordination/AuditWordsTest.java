package be.epn.campus.people.web.coordination;

import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.platform.audit.AuditAction;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every audited action has its words on the audit page, in every language: a missing one made the page fail. */
class AuditWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl", "en"})
    void everyAuditActionIsWorded(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle("be.epn.campus.i18n.admin", Locale.forLanguageTag(language));
        List<String> unworded = Arrays.stream(AuditAction.values()).map(a -> "audit.action." + a.name())
                .filter(key -> !bundle.containsKey(key)).toList();
        assertTrue(unworded.isEmpty(), "no words in admin_" + language + " for " + unworded);
    }
}
