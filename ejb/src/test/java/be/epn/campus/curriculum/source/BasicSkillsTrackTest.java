package be.epn.campus.curriculum.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The basic-skills track in {@code curricula/modules/} is what issue 4 asks of it: at least twelve modules,
 * every DigComp area at levels 1 to 4, each module with a quiz of five questions or more and a practical task,
 * every question type used somewhere, and every hotspot region inside its picture.
 */
class BasicSkillsTrackTest {

    static final List<ModuleDefinition> TRACK = ModuleFilesTest.modules().stream()
            .filter(m -> m.framework().equals("digcomp-2.2")).toList();

    @Test
    void twelveModulesOrMoreCoverEveryAreaAtFoundationAndIntermediateLevels() {
        assertTrue(TRACK.size() >= 12, "modules: " + TRACK.size());
        Set<String> areas = TRACK.stream().flatMap(m -> m.targets().stream()).map(t -> t.competence().substring(0, 1))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("1", "2", "3", "4", "5"), areas);
        Set<Integer> levels = TRACK.stream().flatMap(m -> m.targets().stream()).map(ModuleDefinition.Target::level)
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(levels.stream().allMatch(l -> l >= 1 && l <= 4), "levels " + levels);
        assertTrue(levels.containsAll(Set.of(1, 2, 3, 4)), "levels " + levels);
    }

    @Test
    void everyModuleHasAQuizOfFiveOrMoreQuestionsAndAPracticalTask() {
        for (ModuleDefinition module : TRACK) {
            assertTrue(module.activities().stream().anyMatch(a -> a instanceof Activity.Quiz q && q.questions().size() >= 5),
                    module.id() + " needs a quiz of five questions or more");
            assertTrue(module.activities().stream().anyMatch(Activity.Task.class::isInstance), module.id() + " needs a practical task");
        }
    }

    @Test
    void everyQuestionTypeIsUsedAndEveryQuestionTeaches() {
        List<Question> questions = TRACK.stream().flatMap(m -> m.activities().stream())
                .filter(Activity.Quiz.class::isInstance).flatMap(a -> ((Activity.Quiz) a).questions().stream()).toList();
        assertEquals(Set.of("single", "multiple", "truefalse", "matching", "ordering", "short", "hotspot"),
                questions.stream().map(Question::type).collect(Collectors.toSet()));
        assertTrue(questions.stream().allMatch(q -> q.feedback() != null), "every question has feedback");
        for (Question question : questions) {
            if (question instanceof Question.Hotspot h) {
                assertTrue(h.regions().stream().allMatch(r -> r.x() >= 0 && r.y() >= 0 && r.x() + r.w() <= h.width()
                        && r.y() + r.h() <= h.height()), h.id() + ": a region leaves the picture");
            }
        }
    }
}
