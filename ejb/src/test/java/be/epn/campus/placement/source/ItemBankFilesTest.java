package be.epn.campus.placement.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.curriculum.documents.DocumentInspector;
import be.epn.campus.curriculum.documents.DocumentRefusedException;
import be.epn.campus.curriculum.source.ModuleChecks.FrameworkFacts;
import be.epn.campus.curriculum.source.Question;
import be.epn.campus.framework.source.FrameworkDefinition;
import be.epn.campus.framework.source.FrameworkFileReader;
import be.epn.campus.platform.curricula.CurriculaTree;
import be.epn.campus.platform.curricula.CurriculumFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every file of {@code curricula/items/} is valid against the framework, and every competence that has items
 * has enough of them at each level for the adaptive placement of issue 5: three or more at each of levels 1 to
 * 4, one or more at levels 5 and 6.
 */
class ItemBankFilesTest {

    private static final String FRAMEWORK = "digcomp-2.2";
    private static final CurriculaTree CURRICULA = CurriculaTree.inDirectory(Path.of(System.getProperty("campus.curricula.dir")));
    private static final Map<Integer, Integer> LEAST_PER_LEVEL = Map.of(1, 3, 2, 3, 3, 3, 4, 3, 5, 1, 6, 1);

    private static ItemBank bank() {
        return new ItemBankReader().read(CURRICULA.files(ItemBankReader.FOLDER));
    }

    private static Map<String, FrameworkFacts> frameworks() {
        Map<String, FrameworkFacts> facts = new HashMap<>();
        for (CurriculumFile file : CURRICULA.files("frameworks")) {
            if (file.name().endsWith("/framework.json")) {
                FrameworkDefinition framework = new FrameworkFileReader().read(file);
                facts.put(framework.id(), new FrameworkFacts(framework.areas().stream()
                        .flatMap(a -> a.competences().stream()).map(FrameworkDefinition.Competence::code)
                        .collect(Collectors.toSet()), framework.levels().size()));
            }
        }
        return facts;
    }

    @Test
    void everyItemFileIsValidAgainstTheFramework() {
        ItemBank bank = bank();
        Map<String, FrameworkFacts> frameworks = frameworks();

        assertFalse(bank.items().isEmpty());
        assertEquals(List.of(), ItemBankChecks.check(bank, id -> Optional.ofNullable(frameworks.get(id))));
        Set<String> ids = new HashSet<>();
        bank.items().forEach(i -> assertTrue(ids.add(i.id()), i.id() + " twice"));
    }

    @Test
    void everyCompetenceWithItemsHasEnoughAtEachLevel() {
        List<String> missing = new ArrayList<>();
        bank().byCompetence(FRAMEWORK).forEach((competence, items) -> LEAST_PER_LEVEL.forEach((level, least) -> {
            long count = items.stream().filter(i -> i.level() == level).count();
            if (count < least) {
                missing.add(competence + " level " + level + ": " + count + " of " + least);
            }
        }));
        assertEquals(List.of(), missing);
    }

    @Test
    void difficultyRisesWithLevel() {
        bank().byCompetence(FRAMEWORK).forEach((competence, items) -> {
            for (int level = 2; level <= 6; level++) {
                int l = level;
                double below = items.stream().filter(i -> i.level() == l - 1).mapToDouble(i -> i.parameters().difficulty())
                        .average().orElse(Double.NaN);
                double here = items.stream().filter(i -> i.level() == l).mapToDouble(i -> i.parameters().difficulty())
                        .average().orElse(Double.NaN);
                assertTrue(!(here <= below), competence + ": level " + l + " is not harder on average than level " + (l - 1));
            }
        });
    }

    @Test
    void everyPictureOfTheBankPassesTheInspectorAndHoldsItsRegions() throws DocumentRefusedException {
        for (CurriculumFile file : CURRICULA.files(ItemBankReader.FOLDER)) {
            if (!file.name().endsWith(".json")) {
                new DocumentInspector().inspect(file.name(), file.content());
            }
        }
        for (ItemDefinition item : bank().items()) {
            if (item.question() instanceof Question.Hotspot h) {
                assertTrue(h.regions().stream().allMatch(r -> r.x() + r.w() <= h.width() && r.y() + r.h() <= h.height()),
                        item.id() + ": a region leaves the picture");
            }
        }
    }

    @Test
    void everyCompetenceHasItems() {
        Set<String> competences = frameworks().get(FRAMEWORK).competences();

        assertEquals(new TreeSet<>(competences), bank().byCompetence(FRAMEWORK).keySet());
    }
}
