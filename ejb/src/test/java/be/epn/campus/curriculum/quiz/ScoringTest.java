package be.epn.campus.curriculum.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.curriculum.source.Activity;
import be.epn.campus.curriculum.source.ModuleDefinition;
import be.epn.campus.curriculum.source.ModuleFileReader;
import be.epn.campus.curriculum.source.ModuleFiles;
import be.epn.campus.curriculum.source.Question;
import be.epn.campus.platform.Language;
import be.epn.campus.platform.curricula.CurriculaTree;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every question type of the fixture module, answered right, wrong and with forged input. */
class ScoringTest {

    static final Activity.Quiz QUIZ = quiz();

    static Activity.Quiz quiz() {
        try {
            Path fixtures = Path.of(ScoringTest.class.getResource("/fixtures").toURI());
            ModuleFiles tiny = ModuleFiles.group(CurriculaTree.inDirectory(fixtures).files("modules")).get(0);
            ModuleDefinition module = new ModuleFileReader().read(tiny);
            return module.activities().stream().filter(Activity.Quiz.class::isInstance).map(Activity.Quiz.class::cast)
                    .findFirst().orElseThrow();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Question question(String id) {
        return QUIZ.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    static boolean right(String id, String raw) {
        Question q = question(id);
        return Scoring.isCorrect(q, Response.parse(q, raw), Language.FR);
    }

    @Test
    void singleAndMultipleChoice() {
        assertTrue(right("q-single", "a"));
        assertFalse(right("q-single", "b"));
        assertTrue(right("q-multiple", "b,a"), "order of the chosen options does not matter");
        assertFalse(right("q-multiple", "a"), "all the right options are needed");
        assertFalse(right("q-multiple", "a,b,c"), "and no wrong one");
        assertEquals("a,b", Response.parse(question("q-multiple"), "b,a,b").text(), "stored sorted, once each");
    }

    @Test
    void trueFalseMatchingOrdering() {
        assertTrue(right("q-true", "true"));
        assertFalse(right("q-true", "false"));
        assertTrue(right("q-match", "p2=p2;p1=p1"));
        assertFalse(right("q-match", "p1=p2;p2=p1"));
        assertTrue(right("q-order", "i1,i2,i3"));
        assertFalse(right("q-order", "i2,i1,i3"));
    }

    @Test
    void shortAnswersIgnoreCaseAccentsAndSpacesAndAcceptOurOtherLanguages() {
        assertTrue(right("q-short", "  bruxelles "));
        assertTrue(right("q-short", "BRÛXELLES"));
        assertTrue(right("q-short", "Brussel"), "a Dutch answer on a French page still counts");
        assertFalse(right("q-short", "Paris"));
    }

    @Test
    void hotspotByRegionOrByClick() {
        Question.Hotspot hotspot = (Question.Hotspot) question("q-hot");
        assertEquals("send", Scoring.regionAt(hotspot, 50, 30).orElseThrow().id());
        assertEquals("trash", Scoring.regionAt(hotspot, 250, 30).orElseThrow().id());
        assertTrue(Scoring.regionAt(hotspot, 150, 200).isEmpty(), "a click beside every region");
        assertTrue(right("q-hot", "send"));
        assertTrue(right("q-hot", "60,25"), "a click inside the right region");
        assertFalse(right("q-hot", "150,200"), "a click beside every region is wrong, and recorded");
        assertEquals(Response.OUTSIDE, Response.parse(hotspot, "150,200").text());
        assertThrows(IllegalArgumentException.class, () -> Response.parse(hotspot, "5000,20"), "outside the picture");
        assertFalse(right("q-hot", "trash"));
    }

    @Test
    void forgedResponsesAreRefused() {
        for (String[] forged : new String[][] {{"q-single", "z"}, {"q-multiple", "a,z"}, {"q-true", "yes"},
                {"q-match", "p1=p1"}, {"q-match", "p1=p1;p1=p2"}, {"q-order", "i1,i2"}, {"q-order", "i1,i1,i2"},
                {"q-hot", "nowhere"}, {"q-short", "  "}, {"q-short", "x".repeat(501)}}) {
            assertThrows(IllegalArgumentException.class, () -> Response.parse(question(forged[0]), forged[1]),
                    forged[0] + " <- " + forged[1]);
        }
    }

    @Test
    void percentRoundsDown() {
        assertEquals(57, Scoring.percent(4, 7));
        assertEquals(100, Scoring.percent(7, 7));
        assertEquals(0, Scoring.percent(0, 0));
    }

    @Test
    void shuffleIsStablePerAttemptAndNeverTheFileOrder() {
        List<String> items = List.of("a", "b", "c", "d");
        assertEquals(Shuffle.of(items, 42, "q"), Shuffle.of(items, 42, "q"), "the same on every computer");
        for (long attempt = 1; attempt < 50; attempt++) {
            assertNotEquals(items, Shuffle.of(items, attempt, "q"));
        }
    }
}
