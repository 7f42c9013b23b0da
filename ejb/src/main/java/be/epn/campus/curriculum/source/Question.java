package be.epn.campus.curriculum.source;

import be.epn.campus.platform.Language;
import be.epn.campus.platform.LocalizedText;
import java.util.List;
import java.util.Map;

/** A quiz question, of one of seven types; the quiz engine scores answers against it. */
public sealed interface Question {

    String id();

    LocalizedText prompt();

    /** What the learner reads after answering, right or wrong; may be null. */
    Feedback feedback();

    /** The word used in files: single, multiple, truefalse, matching, ordering, short, hotspot. */
    String type();

    record Feedback(LocalizedText correct, LocalizedText wrong) {
    }

    record Option(String id, LocalizedText text, boolean correct) {
    }

    record Pair(String id, LocalizedText left, LocalizedText right) {
    }

    record Item(String id, LocalizedText text) {
    }

    record Region(String id, LocalizedText label, int x, int y, int w, int h, boolean correct) {
    }

    record SingleChoice(String id, LocalizedText prompt, Feedback feedback, List<Option> options) implements Question {
        public String type() {
            return "single";
        }
    }

    record MultipleChoice(String id, LocalizedText prompt, Feedback feedback, List<Option> options) implements Question {
        public String type() {
            return "multiple";
        }
    }

    record TrueFalse(String id, LocalizedText prompt, Feedback feedback, boolean answer) implements Question {
        public String type() {
            return "truefalse";
        }
    }

    /** Each left matched with its right; {@code pairs} hold the right matches. */
    record Matching(String id, LocalizedText prompt, Feedback feedback, List<Pair> pairs) implements Question {
        public String type() {
            return "matching";
        }
    }

    /** {@code items} in the right order. */
    record Ordering(String id, LocalizedText prompt, Feedback feedback, List<Item> items) implements Question {
        public String type() {
            return "ordering";
        }
    }

    record ShortAnswer(String id, LocalizedText prompt, Feedback feedback, Map<Language, List<String>> accepted)
            implements Question {
        public String type() {
            return "short";
        }
    }

    /** Click the right place in a picture; keyboard users choose among the regions' labels. */
    record Hotspot(String id, LocalizedText prompt, Feedback feedback, String image, int width, int height,
                   LocalizedText alt, List<Region> regions) implements Question {
        public String type() {
            return "hotspot";
        }
    }
}
