package be.epn.campus.curriculum.quiz;

import be.epn.campus.curriculum.source.Question;
import be.epn.campus.platform.Language;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Right or wrong, per question, and the score of an attempt. All or nothing per question: for the EPN public
 * a half-right matching is still a matching to practise again, and plain "right"/"not yet" is easier to read
 * than partial points.
 */
public final class Scoring {

    private Scoring() {
    }

    /** Whether a parsed response is right; short answers are compared in the learner's language. */
    public static boolean isCorrect(Question question, Response response, Language language) {
        String text = response.text();
        if (question instanceof Question.SingleChoice q) {
            return q.options().stream().anyMatch(o -> o.correct() && o.id().equals(text));
        } else if (question instanceof Question.MultipleChoice q) {
            return q.options().stream().filter(Question.Option::correct).map(Question.Option::id)
                    .collect(Collectors.toCollection(TreeSet::new)).equals(new TreeSet<>(List.of(text.split(","))));
        } else if (question instanceof Question.TrueFalse q) {
            return Boolean.parseBoolean(text) == q.answer();
        } else if (question instanceof Question.Matching q) {
            return q.pairs().stream().map(p -> p.id() + "=" + p.id()).sorted().collect(Collectors.joining(";")).equals(text);
        } else if (question instanceof Question.Ordering q) {
            return q.items().stream().map(Question.Item::id).collect(Collectors.joining(",")).equals(text);
        } else if (question instanceof Question.ShortAnswer q) {
            return accepted(q, language).contains(normalized(text));
        } else if (question instanceof Question.Hotspot q) {
            return q.regions().stream().anyMatch(r -> r.correct() && r.id().equals(text));
        }
        return false;
    }

    /** The region a click at (x, y) in image pixels falls in; the last drawn wins where regions overlap. */
    public static java.util.Optional<Question.Region> regionAt(Question.Hotspot question, int x, int y) {
        Question.Region found = null;
        for (Question.Region r : question.regions()) {
            if (x >= r.x() && x < r.x() + r.w() && y >= r.y() && y < r.y() + r.h()) {
                found = r;
            }
        }
        return java.util.Optional.ofNullable(found);
    }

    /** Percent, rounded down, of right answers among all the quiz's questions. */
    public static int percent(long right, int questions) {
        return questions == 0 ? 0 : (int) (right * 100 / questions);
    }

    private static Set<String> accepted(Question.ShortAnswer question, Language language) {
        // A learner may answer in another of our languages than the page's: any accepted form counts.
        Set<String> accepted = new TreeSet<>();
        question.accepted().getOrDefault(language, List.of()).forEach(a -> accepted.add(normalized(a)));
        question.accepted().values().forEach(list -> list.forEach(a -> accepted.add(normalized(a))));
        return accepted;
    }

    /** Without case, accents, surrounding or repeated spaces: "  Bruxelles " = "bruxelles" = "BRUXELLES". */
    static String normalized(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
