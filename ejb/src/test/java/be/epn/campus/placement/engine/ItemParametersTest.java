package be.epn.campus.placement.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ItemParametersTest {

    @Test
    void anOpenAnswerIsAnsweredHalfRightAtItsDifficulty() {
        ItemParameters open = ItemParameters.of(1.3, 0.5, 0);
        assertEquals(0.0, open.guessing());
        assertEquals(0.5, open.probabilityCorrect(0.5), 1e-12);
    }

    @Test
    void aFourOptionItemIsGuessedOnceInFour() {
        ItemParameters choice = ItemParameters.of(1.0, 0, 4);
        assertEquals(0.25, choice.guessing());
        assertEquals(0.25, choice.probabilityCorrect(-30), 1e-9);
        assertEquals(0.625, choice.probabilityCorrect(0), 1e-12);
    }

    @Test
    void informationPeaksNearTheDifficultyAndGrowsWithDiscrimination() {
        ItemParameters item = ItemParameters.of(1.5, 1.0, 0);
        assertTrue(item.information(1.0) > item.information(0.0));
        assertTrue(item.information(1.0) > item.information(2.0));
        assertEquals(1.5 * 1.5 / 4, item.information(1.0), 1e-12);
        assertTrue(ItemParameters.of(2.0, 1.0, 0).information(1.0) > item.information(1.0));
        assertTrue(ItemParameters.of(1.5, 1.0, 3).information(1.0) < item.information(1.0), "guessing costs");
    }

    @Test
    void nonsenseParametersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ItemParameters(0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new ItemParameters(1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> ItemParameters.of(1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Item.of("x", "1.2", 9, ItemParameters.of(1, 0, 0)));
        assertThrows(IllegalArgumentException.class,
                () -> ItemBank.of(List.of(Item.of("x", "1.1", 1, ItemParameters.of(1, 0, 0)),
                        Item.of("x", "1.2", 1, ItemParameters.of(1, 0, 0)))));
    }

    @Test
    void theLevelScalePlacesAbilitiesBetweenTheCutPoints() {
        LevelScale scale = LevelScale.standard();
        assertEquals(1, scale.level(-10));
        assertEquals(1, scale.level(-2.01));
        assertEquals(2, scale.level(-2.0));
        assertEquals(4, scale.level(0.0));
        assertEquals(4, scale.level(0.99));
        assertEquals(8, scale.level(4.0));
        assertEquals(8, scale.level(40));
    }

    @Test
    void theAreaOfAnItemIsThePartOfItsCompetenceBeforeTheDot() {
        assertEquals("5", Item.of("x", "5.3", 2, ItemParameters.of(1, 0, 0)).area());
    }
}
