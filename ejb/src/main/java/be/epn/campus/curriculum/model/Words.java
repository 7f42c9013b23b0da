package be.epn.campus.curriculum.model;

import be.epn.campus.people.model.SearchKey;
import java.util.Map;
import java.util.TreeMap;

/**
 * The words of a text as search sees them: lower case, accents and punctuation gone (so "élève" finds
 * "eleve"), at least three letters, at most 64, counted.
 */
public final class Words {

    static final int SHORTEST = 3;
    static final int LONGEST = 64;

    private Words() {
    }

    /** Adds the words of {@code text} to {@code counts}. */
    public static void count(String text, Map<String, Integer> counts) {
        if (text == null) {
            return;
        }
        for (String word : SearchKey.normalize(text).split(" ")) {
            if (word.length() >= SHORTEST && word.length() <= LONGEST) {
                counts.merge(word, 1, Integer::sum);
            }
        }
    }

    public static Map<String, Integer> of(String text) {
        Map<String, Integer> counts = new TreeMap<>();
        count(text, counts);
        return counts;
    }
}
