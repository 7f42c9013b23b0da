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
    void inattentionCapsTheChanceOfARightAnswerAndItsInformationFollows() {
        ItemParameters item = ItemParameters.of(1.4, 0.5, 4);
        assertEquals(item.probabilityCorrect(0.2), item.probabilityCorrect(0.2, 0), 1e-15);
        assertEquals(item.information(0.2), item.information(0.2, 0), 1e-12, "no inattention: Birnbaum's 3PL");
        assertEquals(0.97, item.probabilityCorrect(30, 0.03), 1e-9);
        assertEquals(0.25 * 0.97, item.probabilityCorrect(-30, 0.03), 1e-9);
        // The information is the squared slope over p (1 - p): check the slope numerically.
        double h = 1e-5;
        double slope = (item.probabilityCorrect(1 + h, 0.03) - item.probabilityCorrect(1 - h, 0.03)) / (2 * h);
        double p = item.probabilityCorrect(1, 0.03);
        assertEquals(slope * slope / (p * (1 - p)), item.information(1, 0.03), 1e-8);
        // Far above the item, a wrong answer is inattention, not news: the information vanishes faster.
        assertTrue(item.information(4, 0.03) < item.information(4));
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
