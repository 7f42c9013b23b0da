package be.epn.campus.curriculum.source;

import be.epn.campus.curriculum.source.ModuleDefinition.CompletionRule;
import be.epn.campus.curriculum.source.ModuleDefinition.Target;
import be.epn.campus.platform.Language;
import be.epn.campus.platform.LocalizedText;
import be.epn.campus.platform.curricula.CurriculumFile;
import be.epn.campus.platform.curricula.CurriculumProblem;
import be.epn.campus.platform.curricula.DataObject;
import be.epn.campus.platform.curricula.InvalidCurriculumException;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and validates one module ({@code curricula/modules/<id>/module.json} and the files it names),
 * format {@value #FORMAT} documented in {@code curricula/README.md}. Checks that need other modules or the
 * frameworks (prerequisites, competence codes) are {@link ModuleChecks}'s.
 */
public final class ModuleFileReader {

    public static final String FORMAT = "epn-campus/module@1";
    static final Pattern MODULE_ID = QuestionReader.ID;
    private static final Pattern FRAMEWORK_ID = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]+(?:\\.[A-Za-z0-9]+)*");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\(([^)\\s]+)\\)");
    private static final int LESSON_MAX = 30_000;

    /** @throws InvalidCurriculumException with every problem, named by file and field */
    public ModuleDefinition read(ModuleFiles files) {
        List<CurriculumProblem> problems = new ArrayList<>();
        String descriptorName = "modules/" + files.moduleId() + "/" + ModuleFiles.MODULE_FILE;
        CurriculumFile descriptor = files.descriptor().orElse(null);
        ModuleDefinition definition = null;
        if (descriptor == null) {
            problems.add(new CurriculumProblem(descriptorName, "(file)", "missing: every module has a module.json"));
        } else {
            definition = DataObject.parse(descriptor, problems).map(top -> read(files, top, problems)).orElse(null);
        }
        if (!problems.isEmpty() || definition == null) {
            throw new InvalidCurriculumException(problems);
        }
        return definition;
    }

    private ModuleDefinition read(ModuleFiles files, DataObject top, List<CurriculumProblem> problems) {
        String format = top.text("format", 64);
        if (format != null && !FORMAT.equals(format)) {
            top.problem("format", "must be \"" + FORMAT + "\", not \"" + format + "\"");
        }
        String id = top.code("id", MODULE_ID, "a module id of lower-case letters, digits and '-'");
        if (id != null && !id.equals(files.moduleId())) {
            top.problem("id", "\"" + id + "\" must match the directory name \"" + files.moduleId() + "\"");
        }
        Integer version = top.integer("version", 1, 10_000);
        LocalizedText title = top.localized("title", 120);
        LocalizedText summary = top.localized("summary", 500);
        String framework = top.code("framework", FRAMEWORK_ID, "a framework id such as digcomp-2.2");
        List<Target> targets = targets(top);
        List<String> prerequisites = top.texts("prerequisites", 64, false);
        Integer duration = top.integer("durationMinutes", 5, 600);
        CompletionRule completion = completion(top);
        ModulePaths paths = new ModulePaths(files);
        List<Activity> activities = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (DataObject item : top.objects("activities")) {
            Activity activity = activity(item, paths, files, targets, problems);
            if (activity != null && activity.id() != null && !ids.add(activity.id())) {
                item.problem("id", "\"" + activity.id() + "\" is used twice in this module");
            }
            if (activity != null) {
                activities.add(activity);
            }
        }
        top.rejectUnknownFields();
        return new ModuleDefinition(id, version == null ? 0 : version, title, summary, framework, targets,
                List.copyOf(prerequisites), duration == null ? 0 : duration, completion, List.copyOf(activities));
    }

    private static List<Target> targets(DataObject top) {
        List<Target> targets = new ArrayList<>();
        for (DataObject t : top.objects("targets")) {
            String competence = t.code("competence", CODE, "a competence code such as 2.1");
            Integer level = t.integer("level", 1, 8);
            t.rejectUnknownFields();
            if (competence != null && level != null) {
                targets.add(new Target(competence, level));
            }
        }
        return List.copyOf(targets);
    }

    private static CompletionRule completion(DataObject top) {
        String rule = top.optionalText("completion", 32);
        if (rule == null || rule.equals("all-required")) {
            return CompletionRule.ALL_REQUIRED;
        }
        if (rule.equals("quizzes-passed")) {
            return CompletionRule.QUIZZES_PASSED;
        }
        top.problem("completion", "\"" + rule + "\" is not one of all-required, quizzes-passed");
        return CompletionRule.ALL_REQUIRED;
    }

    private Activity activity(DataObject item, ModulePaths paths, ModuleFiles files, List<Target> targets,
                              List<CurriculumProblem> problems) {
        String id = item.code("id", MODULE_ID, "an activity id of lower-case letters, digits and '-'");
        String kind = item.text("kind", 16);
        LocalizedText title = item.localized("title", 120);
        boolean required = item.bool("required", true);
        Activity activity = kind == null ? null : switch (kind) {
            case "lesson" -> lesson(item, id, title, required, paths, files, problems);
            case "resource" -> new Activity.Resource(id, title, required,
                    paths.localizedPath(item, "file", ModulePaths.RESOURCE_TYPES), item.localized("description", 300));
            case "quiz" -> quiz(item, id, title, required, paths);
            case "task" -> task(item, id, title, required, targets);
            case "link" -> new Activity.Link(id, title, required, https(item), item.localized("description", 300));
            default -> {
                item.problem("kind", "\"" + kind + "\" is not one of lesson, resource, quiz, task, link");
                yield null;
            }
        };
        item.rejectUnknownFields();
        return activity;
    }

    private static Activity lesson(DataObject item, String id, LocalizedText title, boolean required, ModulePaths paths,
                                   ModuleFiles files, List<CurriculumProblem> problems) {
        LocalizedText bodies = paths.localizedPath(item, "body", Set.of("md"));
        if (bodies == null) {
            return new Activity.Lesson(id, title, required, null, null);
        }
        String[] texts = new String[3];
        for (Language language : Language.values()) {
            String path = bodies.raw(language);
            String where = "modules/" + files.moduleId() + "/" + path;
            String text = utf8(files.file(path).orElseThrow().content());
            if (text == null) {
                problems.add(new CurriculumProblem(where, "(file)", "not UTF-8 text"));
            } else if (text.isBlank() || text.length() > LESSON_MAX) {
                problems.add(new CurriculumProblem(where, "(file)", "a lesson has 1 to " + LESSON_MAX + " characters"));
            } else {
                checkImages(where, path, text, files, problems);
            }
            texts[language.ordinal()] = text;
        }
        return new Activity.Lesson(id, title, required, bodies,
                LocalizedText.of(texts[Language.FR.ordinal()], texts[Language.NL.ordinal()], texts[Language.EN.ordinal()]));
    }

    /** Every picture in a lesson has a description and exists in the module. */
    private static void checkImages(String where, String path, String text, ModuleFiles files, List<CurriculumProblem> problems) {
        Matcher image = IMAGE.matcher(text);
        while (image.find()) {
            int line = (int) text.substring(0, image.start()).chars().filter(c -> c == '\n').count() + 1;
            if (image.group(1).isBlank()) {
                problems.add(new CurriculumProblem(where, "line " + line, "a picture needs a description: ![what it shows](...)"));
            }
            String reference = image.group(2);
            if (reference.startsWith("http://") || reference.startsWith("https://")) {
                problems.add(new CurriculumProblem(where, "line " + line, "pictures come from the module's own files, not " + reference));
                continue;
            }
            boolean found = ModulePaths.resolve(path, reference).filter(ModulePaths::isSafe)
                    .flatMap(files::file).isPresent();
            if (!found) {
                problems.add(new CurriculumProblem(where, "line " + line, "the module has no picture \"" + reference + "\""));
            }
        }
    }

    private static Activity quiz(DataObject item, String id, LocalizedText title, boolean required, ModulePaths paths) {
        Integer passScore = item.integer("passScore", 1, 100);
        QuestionReader reader = new QuestionReader(paths);
        List<Question> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (DataObject q : item.objects("questions")) {
            Question question = reader.read(q);
            if (question != null) {
                if (question.id() != null && !ids.add(question.id())) {
                    q.problem("id", "\"" + question.id() + "\" is used twice in this quiz");
                }
                questions.add(question);
            }
        }
        return new Activity.Quiz(id, title, required, passScore == null ? 0 : passScore, List.copyOf(questions));
    }

    private static Activity task(DataObject item, String id, LocalizedText title, boolean required, List<Target> targets) {
        LocalizedText instructions = item.localized("instructions", 2000);
        String competence = item.code("competence", CODE, "a competence code among the module's targets");
        if (competence != null && targets.stream().noneMatch(t -> t.competence().equals(competence))) {
            item.problem("competence", "\"" + competence + "\" is not among the module's targets");
        }
        return new Activity.Task(id, title, required, instructions, competence);
    }

    private static String https(DataObject item) {
        String url = item.text("url", 500);
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
                item.problem("url", "\"" + url + "\" must be an https address");
                return null;
            }
            return url;
        } catch (java.net.URISyntaxException e) {
            item.problem("url", "\"" + url + "\" is not a web address");
            return null;
        }
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
