package be.epn.campus.placement.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.curriculum.source.Question;
import be.epn.campus.placement.service.PlacementState;
import be.epn.campus.platform.Language;
import be.epn.campus.platform.LocalizedText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemMapperTest {

    private static final Question.Feedback FEEDBACK = new Question.Feedback(text("Bravo, c'est b"), text("Non, c'est b"));

    @Test
    void aChoiceItemGoesOutWithoutItsCorrectFlagsNorFeedbackInTheLanguageAsked() {
        Question q = new Question.SingleChoice("q", text("Which one?"), FEEDBACK, List.of(
                new Question.Option("a", text("A"), false), new Question.Option("b", text("B"), true),
                new Question.Option("c", text("C"), false)));
        ItemDto item = ItemMapper.of(7, new PlacementState.CurrentItem("1-1-q", "1.1", q, 3), Language.NL, p -> p);

        assertEquals("nl", item.language());
        assertEquals("Which one? (nl)", item.prompt());
        assertEquals(3, item.options().size());
        // A record's text shows every field at every depth: what JSON-B would write, and nothing more.
        String all = item.toString();
        assertFalse(all.contains("correct") || all.contains("Bravo") || all.contains("true"), all);
        assertNull(item.items());
    }

    @Test
    void anOrderingItemIsNeverSentInItsRightOrderAndTheSameOrderComesBackOnReload() {
        Question q = new Question.Ordering("order", text("In order"), null, List.of(new Question.Item("i1", text("one")),
                new Question.Item("i2", text("two")), new Question.Item("i3", text("three"))));
        PlacementState.CurrentItem current = new PlacementState.CurrentItem("order", "1.1", q, 1);
        for (long placement = 1; placement < 50; placement++) {
            List<String> ids = ItemMapper.of(placement, current, Language.FR, p -> p).items().stream().map(ItemDto.Choice::id).toList();
            assertNotEquals(List.of("i1", "i2", "i3"), ids, "placement " + placement);
            assertEquals(ids, ItemMapper.of(placement, current, Language.FR, p -> p).items().stream().map(ItemDto.Choice::id).toList());
        }
    }

    @Test
    void aHotspotGivesItsPictureAndTheRegionsByNameButNotWhereTheyAre() {
        Question q = new Question.Hotspot("spot", text("Click"), null, "images/page.svg", 480, 320, text("A page"), List.of(
                new Question.Region("go", text("Search"), 10, 10, 20, 20, true), new Question.Region("x", text("Close"), 400, 0, 20, 20, false)));
        ItemDto item = ItemMapper.of(1, new PlacementState.CurrentItem("spot", "1.1", q, 1), Language.EN, p -> "/pictures?path=" + p);

        assertEquals("/pictures?path=images/page.svg", item.picture().url());
        assertEquals(480, item.picture().width());
        assertTrue(item.regions().stream().map(ItemDto.Choice::id).toList().containsAll(List.of("go", "x")));
        assertTrue(item.responseFormat().contains("x,y"));
    }

    @Test
    void aShortAnswerItemKeepsItsAcceptedAnswersOnTheServer() {
        Question q = new Question.ShortAnswer("short", text("Type the word"), null, Map.of(Language.FR, List.of("secretword")));
        ItemDto item = ItemMapper.of(1, new PlacementState.CurrentItem("short", "1.1", q, 1), Language.FR, p -> p);
        assertFalse(item.toString().contains("secretword"), item.toString());
    }

    private static LocalizedText text(String en) {
        return LocalizedText.of(en + " (fr)", en + " (nl)", en);
    }
}
