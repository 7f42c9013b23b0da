package be.epn.campus.curriculum.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.platform.Language;
import be.epn.campus.platform.curricula.CurriculaTree;
import be.epn.campus.platform.curricula.CurriculumFile;
import be.epn.campus.platform.curricula.InvalidCurriculumException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ModuleFileReaderTest {

    static ModuleFiles tiny() {
        try {
            Path fixtures = Path.of(ModuleFileReaderTest.class.getResource("/fixtures").toURI());
            return ModuleFiles.group(CurriculaTree.inDirectory(fixtures).files("modules")).get(0);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fixture with its module.json edited, and optionally one more file. */
    private static ModuleFiles edited(UnaryOperator<String> edit, String extraPath, String extraText) {
        ModuleFiles tiny = tiny();
        Map<String, CurriculumFile> files = new HashMap<>(tiny.byPath());
        String json = new String(files.get("module.json").content(), StandardCharsets.UTF_8);
        files.put("module.json", CurriculumFile.ofText("modules/tiny-module/module.json", edit.apply(json)));
        if (extraPath != null) {
            files.put(extraPath, CurriculumFile.ofText("modules/tiny-module/" + extraPath, extraText));
        }
        return new ModuleFiles("tiny-module", files);
    }

    private static String problems(UnaryOperator<String> edit) {
        return assertThrows(InvalidCurriculumException.class, () -> new ModuleFileReader().read(edited(edit, null, null)))
                .problems().toString();
    }

    @Test
    void readsEveryKindOfActivityAndEveryTypeOfQuestion() {
        ModuleDefinition module = new ModuleFileReader().read(tiny());

        assertEquals("tiny-module", module.id());
        assertEquals(List.of("lesson", "resource", "quiz", "task", "link"), module.activities().stream().map(Activity::kind).toList());
        Activity.Quiz quiz = module.quizzes().get(0);
        assertEquals(List.of("single", "multiple", "truefalse", "matching", "ordering", "short", "hotspot"),
                quiz.questions().stream().map(Question::type).toList());
        Activity.Lesson lesson = assertInstanceOf(Activity.Lesson.class, module.activities().get(0));
        assertTrue(lesson.markdown().raw(Language.NL).contains("Bonjour nl"));
        assertEquals(List.of("Brussel"), assertInstanceOf(Question.ShortAnswer.class, quiz.questions().get(5)).accepted().get(Language.NL));
        assertEquals(ModuleDefinition.CompletionRule.ALL_REQUIRED, module.completion());
        assertTrue(!module.activities().get(1).required());
    }

    @Test
    void aPathLeavingTheModuleIsRefused() {
        String all = problems(s -> s.replace("\"resources/sheet.pdf\", \"nl\"", "\"../../etc/passwd.pdf\", \"nl\""));
        assertTrue(all.contains("activities[1].file.fr: \"../../etc/passwd.pdf\" must be a path inside the module"), all);
        assertTrue(problems(s -> s.replace("\"images/screen.svg\",", "\"/images/screen.svg\",")).contains("inside the module"));
    }

    @Test
    void aMissingFileOrAWrongTypeIsNamed() {
        assertTrue(problems(s -> s.replace("lessons/hello.en.md", "lessons/absent.en.md"))
                .contains("activities[0].body.en: the module has no file \"lessons/absent.en.md\""));
        assertTrue(problems(s -> s.replace("\"resources/sheet.pdf\", \"en\"", "\"resources/sheet.exe\", \"en\""))
                .contains("must be one of"));
    }

    @Test
    void questionRulesAreChecked() {
        String all = problems(s -> s.replace("\"correct\": false}]},\n       {\"id\": \"q-multiple\"", "\"correct\": true}]},\n       {\"id\": \"q-multiple\"")
                .replace("\"x\": 200, \"y\": 10, \"w\": 100", "\"x\": 350, \"y\": 10, \"w\": 100")
                .replace("\"type\": \"truefalse\"", "\"type\": \"trueish\""));
        assertTrue(all.contains("questions[0].options: a single-choice question has exactly one correct option, not 2"), all);
        assertTrue(all.contains("questions[6].regions[1]: the region goes beyond the image"), all);
        assertTrue(all.contains("questions[2].type: \"trueish\" is not one of"), all);
    }

    @Test
    void aTaskTrainsACompetenceOfTheModule() {
        assertTrue(problems(s -> s.replace("\"competence\": \"1.1\"}", "\"competence\": \"4.2\"}"))
                .contains("activities[3].competence: \"4.2\" is not among the module's targets"));
    }

    @Test
    void aPictureInALessonNeedsADescriptionAndMustExist() {
        ModuleFiles files = edited(s -> s, "lessons/hello.fr.md", "## Titre\n\n![](../images/screen.svg)\n\n![Absent](../images/none.png)\n");
        String all = assertThrows(InvalidCurriculumException.class, () -> new ModuleFileReader().read(files)).problems().toString();
        assertTrue(all.contains("modules/tiny-module/lessons/hello.fr.md: line 3: a picture needs a description"), all);
        assertTrue(all.contains("line 5: the module has no picture \"../images/none.png\""), all);
    }

    @Test
    void unknownFieldsAndAWrongIdAreRefused() {
        String all = problems(s -> s.replace("\"durationMinutes\"", "\"duration\"").replace("\"id\": \"tiny-module\"", "\"id\": \"other\""));
        assertTrue(all.contains("duration: unknown field"), all);
        assertTrue(all.contains("durationMinutes: required"), all);
        assertTrue(all.contains("id: \"other\" must match the directory name"), all);
    }

    @Test
    void crossChecksFindUnknownCompetencesPrerequisitesAndCircles() {
        ModuleDefinition a = new ModuleFileReader().read(edited(s -> s.replace("\"durationMinutes\"", "\"prerequisites\": [\"b\"], \"durationMinutes\""), null, null));
        ModuleDefinition renamed = new ModuleDefinition("b", 1, a.title(), a.summary(), a.framework(),
                List.of(new ModuleDefinition.Target("9.9", 3)), List.of("tiny-module"), 30, a.completion(), a.activities());
        var facts = new ModuleChecks.FrameworkFacts(Set.of("1.1", "1.2"), 2);

        var problems = ModuleChecks.check(List.of(a, renamed), id -> id.equals("tiny-1.0") ? Optional.of(facts) : Optional.empty());

        assertTrue(problems.get("tiny-module").toString().contains("go round in a circle"), problems.toString());
        String b = problems.get("b").toString();
        assertTrue(b.contains("targets[0].competence: tiny-1.0 has no competence \"9.9\""), b);
        assertTrue(b.contains("targets[0].level: tiny-1.0 has 2 levels, not 3"), b);
        assertTrue(ModuleChecks.check(List.of(new ModuleFileReader().read(tiny())),
                id -> Optional.of(facts)).isEmpty());
    }
}
