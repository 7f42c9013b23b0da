package be.epn.campus.framework.api;

import be.epn.campus.platform.Language;
import be.epn.campus.platform.api.ApiException;

/**
 * The {@code lang} query parameter of the CASE endpoints. English by default: CASE consumers are mostly
 * international tools, and a CASE document holds one language.
 */
final class CaseLanguage {

    static final Language DEFAULT = Language.EN;

    private CaseLanguage() {
    }

    /** Absent gives English; fr, nl and en give theirs; anything else is a 400 {@link ApiException}. */
    static Language parse(String lang) {
        if (lang == null) {
            return DEFAULT;
        }
        return switch (lang) {
            case "fr" -> Language.FR;
            case "nl" -> Language.NL;
            case "en" -> Language.EN;
            default -> throw ApiException.badRequest("lang must be one of fr, nl, en");
        };
    }
}
