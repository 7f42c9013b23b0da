package be.epn.campus.people.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How a name is matched at the desk: lower case, accents and punctuation removed, spaces folded, so that
 * "Élodie  Van den Bossche" and "elodie van den bossche" are the same person to a search.
 */
public final class SearchKey {

    private SearchKey() {
    }

    public static String of(String givenName, String familyName) {
        return normalize(givenName + " " + familyName);
    }

    public static String normalize(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
