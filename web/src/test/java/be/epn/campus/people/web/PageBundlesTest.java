package be.epn.campus.people.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.platform.audit.AuditAction;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The "my account", "groups" and "placement" labels exist in French, Dutch and English, and their patterns format;
 * the audit page has a label for every action.
 */
class PageBundlesTest {

    private static ResourceBundle bundle(String name, String language) {
        return ResourceBundle.getBundle("be.epn.campus.i18n." + name, Locale.forLanguageTag(language));
    }

    @ParameterizedTest
    @ValueSource(strings = {"me", "cohort", "placement", "certification", "training"})
    void everyLanguageHasTheSameKeys(String name) {
        Set<String> english = new TreeSet<>(bundle(name, "en").keySet());
        assertFalse(english.isEmpty());
        assertEquals(english, new TreeSet<>(bundle(name, "fr").keySet()));
        assertEquals(english, new TreeSet<>(bundle(name, "nl").keySet()));
    }

    /** The audit page words every action: a new action without its label made the page fail (500). */
    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl", "en"})
    void theAuditPageWordsEveryAction(String language) {
        ResourceBundle admin = bundle("admin", language);
        for (AuditAction action : AuditAction.values()) {
            assertTrue(admin.containsKey("audit.action." + action.name()), language + ": audit.action." + action.name());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl", "en"})
    void everyEvidenceSourceHasItsWords(String language) {
        ResourceBundle learning = bundle("learning", language);
        for (be.epn.campus.progress.model.EvidenceSource source : be.epn.campus.progress.model.EvidenceSource.values()) {
            assertTrue(learning.containsKey("evidence." + source.name()), source + " in learning_" + language);
        }
    }

    /** The module pages (the coordinator's and the trainers', through their shared parts) name worded keys only. */
    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl", "en"})
    void theModulePagesNameWordedKeysOnly(String language) throws java.io.IOException {
        ResourceBundle admin = bundle("admin", language);
        java.util.regex.Pattern key = java.util.regex.Pattern.compile("ad\\['([a-zA-Z.]+)'\\]");
        Set<String> missing = new TreeSet<>();
        int named = 0;
        for (String page : new String[] {"admin/modules.xhtml", "WEB-INF/curriculum/module-upload.xhtml",
                "WEB-INF/curriculum/module-list.xhtml", "training/modules.xhtml"}) {
            java.util.regex.Matcher m = key.matcher(java.nio.file.Files.readString(java.nio.file.Path.of("src/main/webapp", page)));
            while (m.find()) {
                named++;
                if (!admin.containsKey(m.group(1))) {
                    missing.add(m.group(1));
                }
            }
        }
        assertTrue(named > 20, "the pages were read: " + named);
        assertEquals(Set.of(), missing, language);
    }

    @Test
    void formattedLabelsKeepTheirApostrophes() {
        String done = new MessageFormat(bundle("me", "fr").getString("epns.withdrawn.done")).format(new Object[] {"EPN Sésame"});
        assertEquals("C'est fait. EPN Sésame ne peut plus voir votre dossier.", done);
        String removed = new MessageFormat(bundle("cohort", "fr").getString("cohort.learners.removed")).format(new Object[] {"Alice"});
        assertEquals("Alice n'est plus dans le groupe.", removed);
        String help = new MessageFormat(bundle("training", "fr").getString("modules.upload.help")).format(new Object[] {200});
        assertTrue(help.contains("avant d'enregistrer"), help);
    }
}
