package be.epn.campus.framework.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.platform.Language;
import be.epn.campus.platform.curricula.CurriculumFile;
import be.epn.campus.platform.curricula.CurriculumProblem;
import be.epn.campus.platform.curricula.InvalidCurriculumException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameworkFileReaderTest {

    static final String NAME = "frameworks/tiny-1.0/framework.json";

    private final FrameworkFileReader reader = new FrameworkFileReader();

    static String tinyFramework() {
        try (InputStream in = FrameworkFileReaderTest.class.getResourceAsStream("/fixtures/" + NAME)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private FrameworkDefinition read(String json) {
        return reader.read(CurriculumFile.ofText(NAME, json));
    }

    private List<CurriculumProblem> problemsOf(String json) {
        return assertThrows(InvalidCurriculumException.class, () -> read(json)).problems();
    }

    @Test
    void readsAValidFrameworkWithItsElementsInFileOrder() {
        FrameworkDefinition framework = read(tinyFramework());

        assertEquals("tiny-1.0", framework.id());
        assertEquals(2, framework.areas().size());
        assertEquals(3, framework.competenceCount());
        assertEquals(List.of("1.1", "1.2"), framework.areas().get(0).competences().stream()
                .map(FrameworkDefinition.Competence::code).toList());
        assertEquals("Competentie drie", framework.areas().get(1).competences().get(0).title().raw(Language.NL));
        assertEquals("high", framework.levels().get(1).band());
    }

    @Test
    void derivesTheSameUuidsAtEveryReadAndDifferentOnesPerElement() {
        FrameworkDefinition first = read(tinyFramework());
        FrameworkDefinition second = read(tinyFramework());

        assertEquals(first.uuid(), second.uuid());
        assertEquals(first.areas().get(0).competences().get(0).uuid(), second.areas().get(0).competences().get(0).uuid());
        assertNotEquals(first.areas().get(0).competences().get(0).uuid(), first.areas().get(0).competences().get(1).uuid());
        assertNotEquals(first.areas().get(0).uuid(), first.uuid());
    }

    @Test
    void aMissingTranslationIsNamedByFileAndField() {
        String json = tinyFramework().replace("\"nl\": \"Competentie twee\", ", "");

        List<CurriculumProblem> problems = problemsOf(json);

        assertEquals(1, problems.size(), problems.toString());
        assertEquals(NAME, problems.get(0).file());
        assertEquals("areas[0].competences[1].title.nl", problems.get(0).place());
        assertEquals("required", problems.get(0).message());
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnce() {
        String json = tinyFramework()
                .replace("\"code\": \"1.2\"", "\"code\": \"1.1\"")
                .replace("\"band\": \"high\"", "\"band\": \"top\"")
                .replace("\"publisher\"", "\"publsher\"");

        List<CurriculumProblem> problems = problemsOf(json);
        String all = problems.toString();

        assertTrue(all.contains("areas[0].competences[1].code: code \"1.1\" is used twice"), all);
        assertTrue(all.contains("levels[1].band: \"top\" is not one of the bands"), all);
        assertTrue(all.contains("publisher: required"), all);
        assertTrue(all.contains("publsher: unknown field"), all);
    }

    @Test
    void brokenJsonIsReportedWithItsLineAndColumn() {
        String json = tinyFramework().replace("\"family\": \"tiny\",", "\"family\": \"tiny\"");

        List<CurriculumProblem> problems = problemsOf(json);

        assertEquals(1, problems.size());
        assertTrue(problems.get(0).place().startsWith("line 5,"), problems.get(0).place());
        assertTrue(problems.get(0).message().startsWith("not valid JSON"), problems.get(0).message());
    }

    @Test
    void levelsMustBeNumberedInOrderFromOne() {
        String json = tinyFramework().replace("{\"number\": 2,", "{\"number\": 3,");

        assertEquals("levels[1].number", problemsOf(json).get(0).place());
    }

    @Test
    void theIdMustMatchItsDirectory() {
        String json = tinyFramework().replace("\"id\": \"tiny-1.0\"", "\"id\": \"tiny-2.0\"");

        CurriculumProblem problem = problemsOf(json).get(0);
        assertEquals("id", problem.place());
        assertTrue(problem.message().contains("directory name \"tiny-1.0\""), problem.message());
    }

    @Test
    void blankTextsAndTooLongTitlesAreRefused() {
        String json = tinyFramework()
                .replace("\"en\": \"Area one\"", "\"en\": \"   \"")
                .replace("\"en\": \"Area two\"", "\"en\": \"" + "x".repeat(FrameworkFileReader.TITLE_MAX + 1) + "\"");

        String all = problemsOf(json).toString();

        assertTrue(all.contains("areas[0].title.en: must not be empty"), all);
        assertTrue(all.contains("areas[1].title.en: is 256 characters long"), all);
    }

    @Test
    void theFormatIsChecked() {
        String json = tinyFramework().replace("epn-campus/framework@1", "epn-campus/framework@9");

        assertEquals("format", problemsOf(json).get(0).place());
    }

    @Test
    void aFileThatIsNotAnObjectIsRefused() {
        assertEquals("(top)", problemsOf("[1, 2]").get(0).place());
    }
}
