package be.epn.campus.placement.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.curriculum.source.ModuleChecks.FrameworkFacts;
import be.epn.campus.curriculum.source.Question;
import be.epn.campus.platform.curricula.CurriculumFile;
import be.epn.campus.platform.curricula.InvalidCurriculumException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ItemBankReaderTest {

    private static final FrameworkFacts DIGCOMP = new FrameworkFacts(Set.of("1.1", "1.2"), 8);

    private static final String ITEM = """
            {"id": "%s", "competence": "%s", "level": %s,
             "parameters": {"discrimination": 1.2, "difficulty": -2.5},
             "type": "single", "prompt": {"fr": "Quel bouton ?", "nl": "Welke knop?", "en": "Which button?"},
             "options": [
               {"id": "a", "text": {"fr": "Envoyer", "nl": "Verzenden", "en": "Send"}, "correct": true},
               {"id": "b", "text": {"fr": "Supprimer", "nl": "Verwijderen", "en": "Delete"}, "correct": false},
               {"id": "c", "text": {"fr": "Imprimer", "nl": "Afdrukken", "en": "Print"}, "correct": false},
               {"id": "d", "text": {"fr": "Fermer", "nl": "Sluiten", "en": "Close"}, "correct": false}]}""";

    private static String item(String id, String competence, String level) {
        return ITEM.formatted(id, competence, level);
    }

    private static CurriculumFile file(String competence, String... items) {
        return CurriculumFile.ofText("items/digcomp-2.2/" + competence + ".json",
                "{\"format\": \"epn-campus/items@1\", \"framework\": \"digcomp-2.2\", \"items\": ["
                        + String.join(",", items) + "]}");
    }

    private static String problems(CurriculumFile... files) {
        return assertThrows(InvalidCurriculumException.class, () -> new ItemBankReader().read(List.of(files)))
                .problems().toString();
    }

    @Test
    void readsAnItemWithItsQuestionAndGivesGuessingOneChanceInK() {
        ItemBank bank = new ItemBankReader().read(List.of(file("1.1", item("find-a", "1.1", "1"))));

        ItemDefinition item = bank.items().get(0);
        assertEquals("find-a", item.id());
        assertEquals("1.1", item.competence());
        assertEquals(1, item.level());
        assertEquals(new ItemParameters(1.2, -2.5, 0.25), item.parameters());
        assertTrue(item.question() instanceof Question.SingleChoice);
        assertEquals(List.of(), ItemBankChecks.check(bank, id -> Optional.of(DIGCOMP)));
    }

    @Test
    void anUnknownFieldIsRefusedAtTheItemAndInTheParameters() {
        String all = problems(file("1.1", item("find-a", "1.1", "1").replace("\"level\"", "\"levl\": 2, \"level\"")
                .replace("\"difficulty\": -2.5", "\"difficulty\": -2.5, \"slip\": 0.1")));

        assertTrue(all.contains("items/digcomp-2.2/1.1.json: items[0].levl: unknown field"), all);
        assertTrue(all.contains("items/digcomp-2.2/1.1.json: items[0].parameters.slip: unknown field"), all);
    }

    @Test
    void anUnknownCompetenceIsNamedByTheChecks() {
        ItemBank bank = new ItemBankReader().read(List.of(file("9.9", item("find-a", "9.9", "1"))));

        String all = ItemBankChecks.check(bank, id -> Optional.of(DIGCOMP)).toString();
        assertTrue(all.contains("items/digcomp-2.2/9.9.json: (file): digcomp-2.2 has no competence \"9.9\""), all);
        assertTrue(problems(file("1.1", item("find-a", "1.2", "1")))
                .contains("items[0].competence: \"1.2\" must match the file name \"1.1.json\""));
    }

    @Test
    void aLevelOutsideOneToEightAndParametersOutOfRangeAreRefused() {
        assertTrue(problems(file("1.1", item("find-a", "1.1", "9"))).contains("items[0].level: must be between 1 and 8"));
        assertTrue(problems(file("1.1", item("find-a", "1.1", "1.5"))).contains("items[0].level: must be a whole number"));
        String all = problems(file("1.1", item("find-a", "1.1", "1").replace("1.2", "3.5").replace("-2.5", "\"easy\"")));
        assertTrue(all.contains("items[0].parameters.discrimination: must be between 0.2 and 3.0"), all);
        assertTrue(all.contains("items[0].parameters.difficulty: must be a number"), all);
    }

    @Test
    void anIdUsedTwiceInTheBankIsRefusedEvenAcrossFiles() {
        String all = problems(file("1.1", item("find-a", "1.1", "1")), file("1.2", item("find-a", "1.2", "2")));

        assertTrue(all.contains("items/digcomp-2.2/1.2.json: items[0].id: \"find-a\" is already the id of an item in "
                + "items/digcomp-2.2/1.1.json"), all);
    }

    @Test
    void aFileElsewhereAndAMissingPictureAreNamed() {
        assertTrue(problems(CurriculumFile.ofText("items/digcomp-2.2/extra/1.1.json", "{}"))
                .contains("items/digcomp-2.2/extra/1.1.json: (file): item files are named"));
        String hotspot = """
                {"id": "click-send", "competence": "1.1", "level": 1,
                 "parameters": {"discrimination": 1, "difficulty": -2},
                 "type": "hotspot", "prompt": {"fr": "Cliquez", "nl": "Klik", "en": "Click"},
                 "image": "images/absent.svg", "width": 100, "height": 100,
                 "alt": {"fr": "Un écran", "nl": "Een scherm", "en": "A screen"},
                 "regions": [
                   {"id": "a", "label": {"fr": "A", "nl": "A", "en": "A"}, "x": 0, "y": 0, "w": 10, "h": 10, "correct": true},
                   {"id": "b", "label": {"fr": "B", "nl": "B", "en": "B"}, "x": 20, "y": 0, "w": 10, "h": 10, "correct": false}]}""";
        assertTrue(problems(file("1.1", hotspot)).contains("items[0].image: the item bank has no file \"images/absent.svg\""));
    }
}
