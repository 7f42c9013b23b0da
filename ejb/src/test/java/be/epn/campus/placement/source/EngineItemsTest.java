package be.epn.campus.placement.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import be.epn.campus.placement.engine.Item;
import be.epn.campus.platform.curricula.CurriculaTree;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineItemsTest {

    private static ItemDefinition definition(String id, String framework, String competence, int level,
                                             ItemParameters parameters) {
        // The engine never reads the question: none is needed here.
        return new ItemDefinition(id, framework, competence, level, parameters, null,
                "items/" + framework + "/" + competence + ".json", "items[0]");
    }

    @Test
    void mapsEachItemOfTheFrameworkWithItsAreaLevelAndParameters() {
        ItemBank source = new ItemBank(List.of(
                definition("b", "digcomp-2.2", "2.4", 5, new ItemParameters(1.6, 1.8, 0.25)),
                definition("a", "digcomp-2.2", "1.1", 1, new ItemParameters(1.2, -2.5, 0)),
                definition("other", "other-1", "1.1", 2, new ItemParameters(1, -1, 0.5))));

        be.epn.campus.placement.engine.ItemBank engine = EngineItems.engineBank(source, "digcomp-2.2");

        assertEquals(2, engine.size());
        assertEquals(List.of("2", "1"), engine.areas()); // the order of the files
        assertEquals(new Item("b", "2.4", "2", 5, new be.epn.campus.placement.engine.ItemParameters(1.6, 1.8, 0.25)),
                engine.item("b").orElseThrow());
        assertEquals(new Item("a", "1.1", "1", 1, new be.epn.campus.placement.engine.ItemParameters(1.2, -2.5, 0)),
                engine.item("a").orElseThrow());
        assertEquals(List.of(), engine.items("other-1"));
    }

    @Test
    void aFrameworkWithoutItemsIsRefused() {
        ItemBank source = new ItemBank(List.of(definition("a", "digcomp-2.2", "1.1", 1, new ItemParameters(1, -2, 0))));

        assertThrows(IllegalArgumentException.class, () -> EngineItems.engineBank(source, "digcomp-3.0"));
    }

    @Test
    void theRealBankGivesEveryItemToTheEngineInFiveAreas() {
        CurriculaTree curricula = CurriculaTree.inDirectory(Path.of(System.getProperty("campus.curricula.dir")));
        ItemBank source = new ItemBankReader().read(curricula.files(ItemBankReader.FOLDER));

        be.epn.campus.placement.engine.ItemBank engine = EngineItems.engineBank(source, "digcomp-2.2");

        assertEquals(source.items().size(), engine.size());
        assertEquals(List.of("1", "2", "3", "4", "5"), engine.areas());
        assertEquals(List.of(3, 6, 4, 4, 4), engine.areas().stream().map(a -> engine.competences(a).size()).toList());
    }
}
