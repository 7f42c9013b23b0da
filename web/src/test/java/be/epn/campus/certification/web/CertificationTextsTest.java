package be.epn.campus.certification.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.certification.service.Verdict;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The words the certificate pages look up by a value (a verdict's state, a reason, a refusal) exist in every
 * language: a missing one would show a key to someone checking a certificate.
 */
class CertificationTextsTest {

    /** The reasons CertificateVerification gives for "not authentic". */
    private static final List<String> REASONS = List.of("malformedCode", "unknownCode", "malformedCredential",
            "algorithmRefused", "unknownKey", "badSignature", "notInRegister");
    private static final List<String> REFUSALS = List.of("noType", "already", "missing", "notAlone", "reason", "revoked");

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl", "en"})
    void everyStateReasonAndRefusalIsWorded(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle("be.epn.campus.i18n.certification", Locale.forLanguageTag(language));
        List<String> keys = new ArrayList<>();
        for (Verdict.State state : Verdict.State.values()) {
            keys.add("verdict." + state.name());
            keys.add("verdict." + state.name() + ".explain");
            if (state != Verdict.State.NOT_AUTHENTIC) {
                keys.add("state." + state.name());
            }
        }
        REASONS.forEach(r -> keys.add("reason." + r));
        REFUSALS.forEach(r -> keys.add("certificate.refused." + r));
        List<String> missing = keys.stream().filter(k -> !bundle.containsKey(k)).toList();
        assertTrue(missing.isEmpty(), "no words in certification_" + language + " for " + missing);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl", "en"})
    void refusalsFormatWithTheirArguments(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle("be.epn.campus.i18n.certification", Locale.forLanguageTag(language));
        String reason = MessageFormat.format(bundle.getString("certificate.refused.reason"), 5, 500);
        assertTrue(reason.contains("5") && reason.contains("500"), reason);
        assertTrue(MessageFormat.format(bundle.getString("certificate.refused.missing"), "1.3").contains("1.3"));
    }

    /** A lone apostrophe quotes the rest of a pattern: its argument would print as "{0}". */
    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl", "en"})
    void patternsWithArgumentsKeepTheirArgumentsAndApostrophes(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle("be.epn.campus.i18n.certification", Locale.forLanguageTag(language));
        List<String> broken = bundle.keySet().stream().filter(k -> bundle.getString(k).contains("{0}"))
                .filter(k -> {
                    String formatted = MessageFormat.format(bundle.getString(k), "ARG0", "ARG1");
                    return !formatted.contains("ARG0") || formatted.contains("{") || formatted.contains("''");
                }).toList();
        assertTrue(broken.isEmpty(), "patterns that do not format in " + language + ": " + broken);
        assertEquals("Retiré le 01/02/2026.", MessageFormat.format(
                ResourceBundle.getBundle("be.epn.campus.i18n.certification", Locale.FRENCH).getString("verdict.revokedOn"), "01/02/2026"));
    }
}
