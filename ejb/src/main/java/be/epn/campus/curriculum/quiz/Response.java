package be.epn.campus.curriculum.quiz;

import be.epn.campus.curriculum.source.Question;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A learner's response to one question, written as one short text so that it can be stored as given and
 * read back on any computer: "a" (single, hotspot region), "a,c" (multiple), "true"/"false",
 * "p1=p2;p2=p1" (matching: left pair id = chosen right pair id), "i2,i1,i3" (ordering), the typed text
 * (short). {@link #parse} refuses what does not fit the question, so a forged request cannot store garbage.
 */
public record Response(String question, String text) {

    public static final int MAX_LENGTH = 500;

    /** A click in a hotspot picture that hit none of its regions: a wrong answer, recorded as such. */
    public static final String OUTSIDE = "-outside-";

    private static final java.util.regex.Pattern CLICK = java.util.regex.Pattern.compile("\\d{1,5},\\d{1,5}");

    /** @throws IllegalArgumentException with a reason, when the text is not a response to this question */
    public static Response parse(Question question, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("empty");
        }
        String text = raw.strip();
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("too long");
        }
        String canonical;
        if (question instanceof Question.SingleChoice q) {
            canonical = oneOf(text, ids(q.options().stream().map(Question.Option::id).toList()));
        } else if (question instanceof Question.MultipleChoice q) {
            canonical = someOf(text, ids(q.options().stream().map(Question.Option::id).toList()));
        } else if (question instanceof Question.TrueFalse) {
            canonical = trueOrFalse(text);
        } else if (question instanceof Question.Matching q) {
            canonical = matching(text, ids(q.pairs().stream().map(Question.Pair::id).toList()));
        } else if (question instanceof Question.Ordering q) {
            canonical = ordering(text, q.items().stream().map(Question.Item::id).toList());
        } else if (question instanceof Question.Hotspot q) {
            canonical = CLICK.matcher(text).matches() ? click(q, text)
                    : oneOf(text, ids(q.regions().stream().map(Question.Region::id).toList()));
        } else {
            canonical = text;
        }
        return new Response(question.id(), canonical);
    }

    /** A click in the picture, "x,y" in image pixels, becomes the region clicked or {@link #OUTSIDE}. */
    private static String click(Question.Hotspot question, String text) {
        String[] xy = text.split(",");
        int x = Integer.parseInt(xy[0]);
        int y = Integer.parseInt(xy[1]);
        if (x >= question.width() || y >= question.height()) {
            throw new IllegalArgumentException("outside the picture");
        }
        return Scoring.regionAt(question, x, y).map(Question.Region::id).orElse(OUTSIDE);
    }

    private static Set<String> ids(List<String> ids) {
        return new HashSet<>(ids);
    }

    private static String oneOf(String text, Set<String> ids) {
        if (!ids.contains(text)) {
            throw new IllegalArgumentException("not a choice of this question");
        }
        return text;
    }

    private static String someOf(String text, Set<String> ids) {
        Set<String> chosen = new TreeSet<>(Arrays.asList(text.split(",")));
        if (chosen.isEmpty() || !ids.containsAll(chosen)) {
            throw new IllegalArgumentException("not choices of this question");
        }
        return String.join(",", chosen);
    }

    private static String trueOrFalse(String text) {
        if (!text.equals("true") && !text.equals("false")) {
            throw new IllegalArgumentException("neither true nor false");
        }
        return text;
    }

    private static String matching(String text, Set<String> ids) {
        Map<String, String> matches = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            String[] sides = part.split("=", 2);
            if (sides.length != 2 || !ids.contains(sides[0]) || !ids.contains(sides[1]) || matches.put(sides[0], sides[1]) != null) {
                throw new IllegalArgumentException("not a matching of this question");
            }
        }
        if (!matches.keySet().equals(ids)) {
            throw new IllegalArgumentException("every left side needs a match");
        }
        return matches.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    private static String ordering(String text, List<String> ids) {
        List<String> order = new ArrayList<>(Arrays.asList(text.split(",")));
        if (order.size() != ids.size() || !new HashSet<>(order).equals(new HashSet<>(ids))) {
            throw new IllegalArgumentException("not an order of this question's items");
        }
        return String.join(",", order);
    }
}
