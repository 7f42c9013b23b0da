package be.epn.campus.curriculum.documents;

import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * A document's language as a short code ("fr", "nl", "en"): the one its metadata declares, else a guess
 * from its text when a Tika language detector is installed. tika-core only defines the detector's API; the
 * standard parsers package ships no implementation (that is tika-langdetect-*, an extra dependency), so
 * today a document that declares no language gets none. Adding such a module to the class path turns the
 * guess on, with no change here.
 */
final class Languages {

    private static final int SAMPLE_CHARS = 10_000;

    private Languages() {
    }

    static String of(String declared, String text) {
        String code = code(declared);
        return code != null ? code : guess(text);
    }

    /** "fr-BE" → "fr"; "x-none", "English" and other non-codes → null. Fits the 8 characters stored. */
    static String code(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        try {
            String language = new Locale.Builder().setLanguageTag(tag.trim().replace('_', '-')).build().getLanguage();
            return language.length() >= 2 && language.length() <= 3 ? language : null;
        } catch (IllformedLocaleException e) {
            return null;
        }
    }

    private static String guess(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<LanguageDetector> detectors = LanguageDetector.getLanguageDetectors();
        if (detectors.isEmpty()) {
            return null;
        }
        try {
            // a fresh detector per call: detectors keep state between addText and detect
            LanguageDetector detector = detectors.get(0).loadModels();
            LanguageResult result = detector.detect(text.length() <= SAMPLE_CHARS ? text : text.substring(0, SAMPLE_CHARS));
            return result.isReasonablyCertain() ? code(result.getLanguage()) : null;
        } catch (java.io.IOException | RuntimeException e) {
            return null; // a guess is optional
        }
    }
}
