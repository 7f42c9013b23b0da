package be.epn.campus.placement.source;

import be.epn.campus.curriculum.source.Question;
import be.epn.campus.curriculum.source.QuestionReader;
import be.epn.campus.platform.curricula.CurriculumFile;
import be.epn.campus.platform.curricula.CurriculumProblem;
import be.epn.campus.platform.curricula.DataObject;
import be.epn.campus.platform.curricula.InvalidCurriculumException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and validates the item bank ({@code curricula/items/<framework>/<competence>.json}, format
 * {@value #FORMAT} documented in {@code curricula/README.md}): every file, every item, ids unique across the
 * bank. Checks that need the framework (the competence and the level exist) are {@link ItemBankChecks}'s.
 */
public final class ItemBankReader {

    public static final String FORMAT = "epn-campus/items@1";
    public static final String FOLDER = "items";
    private static final Pattern ITEM_FILE = Pattern.compile(FOLDER + "/([a-z0-9]+(?:[.-][a-z0-9]+)*)/"
            + "([A-Za-z0-9]+(?:\\.[A-Za-z0-9]+)*)\\.json");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]+(?:\\.[A-Za-z0-9]+)*");

    /**
     * The bank held by {@code files} (the curricula files under {@code items/}; pictures are looked up among
     * them).
     *
     * @throws InvalidCurriculumException with every problem of every file, named by file and place
     */
    public ItemBank read(List<CurriculumFile> files) {
        Map<String, CurriculumFile> byName = new HashMap<>();
        files.forEach(f -> byName.put(f.name(), f));
        List<CurriculumProblem> problems = new ArrayList<>();
        List<ItemDefinition> items = new ArrayList<>();
        Map<String, ItemDefinition> byId = new HashMap<>();
        List<CurriculumFile> itemFiles = files.stream().filter(f -> f.name().endsWith(".json"))
                .sorted(Comparator.comparing(CurriculumFile::name)).toList();
        for (CurriculumFile file : itemFiles) {
            Matcher name = ITEM_FILE.matcher(file.name());
            if (!name.matches()) {
                problems.add(new CurriculumProblem(file.name(), "(file)",
                        "item files are named " + FOLDER + "/<framework>/<competence>.json, e.g. items/digcomp-2.2/1.1.json"));
                continue;
            }
            String directory = FOLDER + "/" + name.group(1) + "/";
            QuestionReader questions = QuestionReader.over(path -> Optional.ofNullable(byName.get(directory + path)),
                    "the item bank");
            DataObject.parse(file, problems).ifPresent(top -> read(top, name.group(1), name.group(2), questions, items,
                    byId));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCurriculumException(problems);
        }
        return new ItemBank(items);
    }

    private static void read(DataObject top, String framework, String competence, QuestionReader questions,
                             List<ItemDefinition> items, Map<String, ItemDefinition> byId) {
        String format = top.text("format", 64);
        if (format != null && !FORMAT.equals(format)) {
            top.problem("format", "must be \"" + FORMAT + "\", not \"" + format + "\"");
        }
        String declared = top.text("framework", 64);
        if (declared != null && !declared.equals(framework)) {
            top.problem("framework", "\"" + declared + "\" must match the directory name \"" + framework + "\"");
        }
        for (DataObject item : top.objects("items")) {
            ItemDefinition definition = item(item, framework, competence, questions);
            if (definition == null) {
                continue;
            }
            ItemDefinition first = byId.putIfAbsent(definition.id(), definition);
            if (first != null) {
                item.problem("id", "\"" + definition.id() + "\" is already the id of an item in " + first.file());
            }
            items.add(definition);
        }
        top.rejectUnknownFields();
    }

    /** One item: its own fields are read before the question's, which refuses any field left unread. */
    private static ItemDefinition item(DataObject item, String framework, String competence, QuestionReader questions) {
        String code = item.code("competence", CODE, "a competence code such as 1.1");
        if (code != null && !code.equals(competence)) {
            item.problem("competence", "\"" + code + "\" must match the file name \"" + competence + ".json\"");
        }
        Integer level = item.integer("level", 1, 8);
        Double discrimination = null;
        Double difficulty = null;
        Double guessing = null;
        Optional<DataObject> parameters = item.object("parameters");
        if (parameters.isPresent()) {
            DataObject p = parameters.get();
            discrimination = p.decimal("discrimination", ItemParameters.MIN_DISCRIMINATION, ItemParameters.MAX_DISCRIMINATION);
            difficulty = p.decimal("difficulty", ItemParameters.MIN_DIFFICULTY, ItemParameters.MAX_DIFFICULTY);
            guessing = p.optionalDecimal("guessing", 0, ItemParameters.MAX_GUESSING);
            p.rejectUnknownFields();
        }
        Question question = questions.read(item);
        if (question == null || question.id() == null || code == null || level == null || discrimination == null
                || difficulty == null || (parameters.isPresent() && parameters.get().has("guessing") && guessing == null)) {
            return null;
        }
        double c = guessing != null ? guessing : ItemParameters.defaultGuessing(question);
        return new ItemDefinition(question.id(), framework, competence, level,
                new ItemParameters(discrimination, difficulty, c), question, item.file(), item.path());
    }
}
