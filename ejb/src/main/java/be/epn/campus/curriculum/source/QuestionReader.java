package be.epn.campus.curriculum.source;

import be.epn.campus.curriculum.source.Question.Feedback;
import be.epn.campus.curriculum.source.Question.Item;
import be.epn.campus.curriculum.source.Question.Option;
import be.epn.campus.curriculum.source.Question.Pair;
import be.epn.campus.curriculum.source.Question.Region;
import be.epn.campus.platform.Language;
import be.epn.campus.platform.LocalizedText;
import be.epn.campus.platform.curricula.CurriculumFile;
import be.epn.campus.platform.curricula.DataObject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the questions of a quiz, one type at a time, with the limits of the module format. Placement items
 * are questions in the same format, so the item bank reads them here too.
 */
public final class QuestionReader {

    public static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final int PROMPT_MAX = 500;
    private static final int TEXT_MAX = 200;
    private static final int FEEDBACK_MAX = 300;

    private final ModulePaths paths;

    QuestionReader(ModulePaths paths) {
        this.paths = paths;
    }

    /**
     * A reader whose hotspot pictures are looked up among {@code files}.
     *
     * @param files the files a question may name, by path relative to the directory of the file being read
     * @param owner how messages name that directory's owner ("the item bank")
     */
    public static QuestionReader over(Function<String, Optional<CurriculumFile>> files, String owner) {
        return new QuestionReader(new ModulePaths(files, owner));
    }

    /**
     * The question described by {@code q}, or null when its type is unknown; every problem is recorded on
     * {@code q}'s file, and fields of {@code q} that no one asked for are refused (a caller that reads more
     * fields of the same object reads them first).
     */
    public Question read(DataObject q) {
        String id = q.code("id", ID, "an id of lower-case letters, digits and '-'");
        String type = q.text("type", 16);
        LocalizedText prompt = q.localized("prompt", PROMPT_MAX);
        Feedback feedback = feedback(q);
        Question question = type == null ? null : switch (type) {
            case "single" -> new Question.SingleChoice(id, prompt, feedback, options(q, 2, 6, true));
            case "multiple" -> new Question.MultipleChoice(id, prompt, feedback, options(q, 2, 8, false));
            case "truefalse" -> {
                Boolean answer = q.requiredBool("answer");
                yield new Question.TrueFalse(id, prompt, feedback, answer != null && answer);
            }
            case "matching" -> new Question.Matching(id, prompt, feedback, pairs(q));
            case "ordering" -> new Question.Ordering(id, prompt, feedback, items(q));
            case "short" -> new Question.ShortAnswer(id, prompt, feedback, accepted(q));
            case "hotspot" -> hotspot(q, id, prompt, feedback);
            default -> {
                q.problem("type", "\"" + type + "\" is not one of single, multiple, truefalse, matching, ordering, short, hotspot");
                yield null;
            }
        };
        q.rejectUnknownFields();
        return question;
    }

    private static Feedback feedback(DataObject q) {
        if (!q.has("feedback")) {
            return null;
        }
        return q.object("feedback").map(f -> {
            Feedback feedback = new Feedback(f.localized("correct", FEEDBACK_MAX), f.localized("wrong", FEEDBACK_MAX));
            f.rejectUnknownFields();
            return feedback;
        }).orElse(null);
    }

    private static List<Option> options(DataObject q, int min, int max, boolean exactlyOneCorrect) {
        List<Option> options = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (DataObject o : q.objects("options")) {
            String id = o.code("id", ID, "an option id");
            unique(o, id, ids);
            Boolean correct = o.requiredBool("correct");
            options.add(new Option(id, o.localized("text", TEXT_MAX), correct != null && correct));
            o.rejectUnknownFields();
        }
        count(q, "options", options.size(), min, max);
        long correct = options.stream().filter(Option::correct).count();
        if (exactlyOneCorrect && correct != 1) {
            q.problem("options", "a single-choice question has exactly one correct option, not " + correct);
        } else if (!exactlyOneCorrect && correct == 0) {
            q.problem("options", "at least one option must be correct");
        }
        return options;
    }

    private static List<Pair> pairs(DataObject q) {
        List<Pair> pairs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (DataObject p : q.objects("pairs")) {
            String id = p.code("id", ID, "a pair id");
            unique(p, id, ids);
            pairs.add(new Pair(id, p.localized("left", TEXT_MAX), p.localized("right", TEXT_MAX)));
            p.rejectUnknownFields();
        }
        count(q, "pairs", pairs.size(), 2, 6);
        return pairs;
    }

    private static List<Item> items(DataObject q) {
        List<Item> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (DataObject i : q.objects("items")) {
            String id = i.code("id", ID, "an item id");
            unique(i, id, ids);
            items.add(new Item(id, i.localized("text", TEXT_MAX)));
            i.rejectUnknownFields();
        }
        count(q, "items", items.size(), 2, 7);
        return items;
    }

    private static Map<Language, List<String>> accepted(DataObject q) {
        Map<Language, List<String>> accepted = new EnumMap<>(Language.class);
        q.object("accepted").ifPresent(a -> {
            for (Language language : Language.values()) {
                List<String> answers = a.texts(language.code(), 100, true);
                if (answers.size() > 10) {
                    a.problem(language.code(), "at most 10 accepted answers");
                }
                accepted.put(language, List.copyOf(answers));
            }
            a.rejectUnknownFields();
        });
        return accepted;
    }

    private Question hotspot(DataObject q, String id, LocalizedText prompt, Feedback feedback) {
        String image = paths.path(q, "image", ModulePaths.IMAGE_TYPES);
        Integer width = q.integer("width", 50, 4000);
        Integer height = q.integer("height", 50, 4000);
        LocalizedText alt = q.localized("alt", PROMPT_MAX);
        List<Region> regions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (DataObject r : q.objects("regions")) {
            String rid = r.code("id", ID, "a region id");
            unique(r, rid, ids);
            Integer x = r.integer("x", 0, 4000);
            Integer y = r.integer("y", 0, 4000);
            Integer w = r.integer("w", 1, 4000);
            Integer h = r.integer("h", 1, 4000);
            Boolean correct = r.requiredBool("correct");
            if (x != null && y != null && w != null && h != null && width != null && height != null
                    && (x + w > width || y + h > height)) {
                r.problem(null, "the region goes beyond the image (" + width + " x " + height + ")");
            }
            regions.add(new Region(rid, r.localized("label", TEXT_MAX), orZero(x), orZero(y), orZero(w), orZero(h),
                    correct != null && correct));
            r.rejectUnknownFields();
        }
        count(q, "regions", regions.size(), 2, 10);
        if (regions.stream().noneMatch(Region::correct)) {
            q.problem("regions", "at least one region must be correct");
        }
        return new Question.Hotspot(id, prompt, feedback, image, orZero(width), orZero(height), alt, regions);
    }

    private static void unique(DataObject item, String id, Set<String> ids) {
        if (id != null && !ids.add(id)) {
            item.problem("id", "\"" + id + "\" is used twice");
        }
    }

    private static void count(DataObject q, String field, int size, int min, int max) {
        if (size < min || size > max) {
            q.problem(field, "needs " + min + " to " + max + " entries, not " + size);
        }
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
