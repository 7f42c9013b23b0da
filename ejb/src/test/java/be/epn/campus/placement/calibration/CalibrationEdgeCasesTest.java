package be.epn.campus.placement.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import be.epn.campus.placement.engine.Answer;
import be.epn.campus.placement.engine.Item;
import be.epn.campus.placement.engine.ItemBank;
import be.epn.campus.placement.engine.ItemParameters;
import be.epn.campus.placement.engine.Settings;

/** Degenerate inputs: nothing may break, nothing may become NaN, nothing may move without evidence. */
class CalibrationEdgeCasesTest {

    private final ItemBank bank = ItemBank.of(List.of(
            Item.of("a", "1.1", 2, ItemParameters.of(1.2, -2.0, 4)),
            Item.of("b", "1.1", 4, ItemParameters.of(0.9, 0.1, 0)),
            Item.of("c", "1.2", 6, ItemParameters.of(1.6, 2.0, 3)),
            Item.of("d", "2.1", 3, ItemParameters.of(1.0, -1.0, 2))));

    @Test
    void noPlacementsChangeNothing() {
        Calibration result = new Calibrator(Settings.defaults(), CalibrationSettings.defaults()).calibrate(bank, List.of());
        assertEquals(0, result.placements());
        for (ItemCalibration item : result.items()) {
            assertEquals(item.before(), item.after());
            assertEquals(0, item.answers());
            assertEquals(List.of(ItemProblem.Code.NOT_ENOUGH_ANSWERS),
                    item.problems().stream().map(ItemProblem::code).toList());
        }
        assertEquals(-0.5, result.populations().get("1").mean(), 1e-12, "the engine's prior, untouched");
        CalibrationTest.assertAllFinite(result);
    }

    @Test
    void onePlacementIsNotEnoughByDefault() {
        List<PlacementAnswers> one = List.of(placement("p", true, false, true, false));
        Calibration result = new Calibrator(Settings.defaults(), CalibrationSettings.defaults()).calibrate(bank, one);
        result.items().forEach(item -> assertEquals(item.before(), item.after()));
        assertEquals(4, result.problems().size());
        CalibrationTest.assertAllFinite(result);
    }

    @Test
    void onePlacementWithNoMinimumStaysFiniteAndInBounds() {
        CalibrationSettings settings = CalibrationSettings.defaults().withMinimumAnswers(1);
        for (boolean right : new boolean[] {true, false}) {
            Calibration result = new Calibrator(Settings.defaults(), settings)
                    .calibrate(bank, List.of(placement("p", right, right, right, right)));
            CalibrationTest.assertAllFinite(result);
            for (ItemCalibration item : result.items()) {
                assertTrue(item.reestimated());
                assertTrue(item.has(right ? ItemProblem.Code.ALL_RIGHT : ItemProblem.Code.ALL_WRONG));
                assertTrue(item.after().discrimination() >= 0.3 && item.after().discrimination() <= 3.0);
                assertTrue(item.after().difficulty() >= -4 && item.after().difficulty() <= 4);
                // One answer against a prior: the item moves, but only a little, and the right way.
                double moved = item.after().difficulty() - item.before().difficulty();
                assertTrue(right ? moved <= 0 : moved >= 0, item.itemId() + " moved " + moved);
                assertTrue(Math.abs(moved) < 1, item.itemId() + " moved " + moved);
            }
        }
    }

    @Test
    void unknownItemsAndSecondAnswersAreIgnored() {
        List<Answer> answers = new ArrayList<>(placement("p", true, true, false, false).answers());
        answers.add(new Answer("gone", true, Duration.ofMinutes(5)));
        answers.add(new Answer("a", false, Duration.ofMinutes(6)));
        Calibration result = new Calibrator(Settings.defaults(), CalibrationSettings.defaults())
                .calibrate(bank, List.of(new PlacementAnswers("p", answers)));
        assertEquals(2, result.ignoredAnswers());
        assertEquals(1, result.item("a").orElseThrow().answers());
        assertEquals(1.0, result.item("a").orElseThrow().shareRight());
    }

    private static PlacementAnswers placement(String key, boolean a, boolean b, boolean c, boolean d) {
        return new PlacementAnswers(key, List.of(new Answer("a", a, Duration.ofSeconds(30)),
                new Answer("b", b, Duration.ofSeconds(60)), new Answer("c", c, Duration.ofSeconds(90)),
                new Answer("d", d, Duration.ofSeconds(120))));
    }
}
