package be.epn.campus.training.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text the training pages name, and every refusal the training services raise, is worded in French,
 * Dutch and English: a missing key would show as "???key???" or as the bare key.
 */
class TrainingTextsTest {

    private static final Pattern PAGE_KEY = Pattern.compile("tr\\['([a-zA-Z.]+)'\\]");
    private static final Pattern REFUSAL = Pattern.compile("\"(training\\.refused\\.[a-zA-Z]+)\"");

    @Test
    void everyKeyOfThePagesAndServicesIsWordedInEachLanguage() throws IOException {
        TreeSet<String> keys = new TreeSet<>();
        keys.addAll(found(Path.of("src/main/webapp/training"), PAGE_KEY));
        keys.addAll(found(Path.of("src/main/webapp/WEB-INF/training"), PAGE_KEY));
        keys.addAll(found(Path.of("../ejb/src/main/java/be/epn/campus/training"), REFUSAL));
        assertTrue(keys.size() > 60, "the pages were read: " + keys.size());
        assertTrue(keys.contains("training.refused.capacity"), "the services were read");
        for (String language : List.of("fr", "nl", "en")) {
            ResourceBundle bundle = ResourceBundle.getBundle("be.epn.campus.i18n.training", Locale.forLanguageTag(language));
            List<String> missing = keys.stream().filter(k -> !bundle.containsKey(k)).toList();
            assertEquals(List.of(), missing, language);
        }
    }

    @Test
    void theWaitingLineAndApostrophesReadWell() {
        ResourceBundle fr = ResourceBundle.getBundle("be.epn.campus.i18n.training", Locale.FRENCH);
        assertEquals("Vous êtes 3e sur la liste d'attente.", MessageFormat.format(fr.getString("you.waiting"), 3));
        ResourceBundle en = ResourceBundle.getBundle("be.epn.campus.i18n.training", Locale.ENGLISH);
        assertEquals("You are 3rd on the waiting list.", MessageFormat.format(en.getString("you.waiting"), 3));
        assertEquals("My hours in 2027", MessageFormat.format(en.getString("record.hours.title"), 2027));
        assertEquals("Full (12 seats)", MessageFormat.format(en.getString("session.seatsFree"), 0, 12));
        assertEquals("3 seats free of 12", MessageFormat.format(en.getString("session.seatsFree"), 3, 12));
    }

    private static List<String> found(Path dir, Pattern pattern) throws IOException {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }
}
