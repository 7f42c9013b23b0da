package be.epn.campus.placement.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import be.epn.campus.placement.engine.Answer;
import be.epn.campus.placement.engine.Item;
import be.epn.campus.placement.engine.ItemBank;
import be.epn.campus.placement.engine.ItemParameters;
import be.epn.campus.placement.engine.Settings;

class CalibrationTest {

    /**
     * Five rounds rather than the default twenty, for a faster suite: they find misbehaving items and do most of
     * the work on b; the last rounds only refine a (see CalibrationSimulation's figures).
     */
    private static final Calibrator QUICK = new Calibrator(Settings.defaults(), CalibrationSettings.defaults().withRounds(5));

    /** 1,500 adaptive placements on a bank whose a is off by a factor exp(N(0, 0.3²)) and b by N(0, 0.5²). */
    private static SimulatedCohort cohort;
    private static Calibration calibration;
    /** The same placements with answers to three odd items added, see {@link #oddItems()}. */
    private static Calibration withOddItems;

    @BeforeAll
    static void simulate() {
        cohort = new SimulatedCohort(1500, 11, 0.3, 0.5);
        calibration = QUICK.calibrate(cohort.start, cohort.placements);
        withOddItems = oddItems();
    }

    @Test
    void parametersMoveTowardTheTruth() {
        List<String> moved = calibration.items().stream().filter(ItemCalibration::reestimated)
                .map(ItemCalibration::itemId).toList();
        assertTrue(moved.size() >= 100, "re-estimated: " + moved.size());
        ItemBank after = calibration.calibratedBank();
        double bBefore = cohort.meanAbsoluteError(cohort.start, moved, false);
        double bAfter = cohort.meanAbsoluteError(after, moved, false);
        // a needs far more answers than b: judge it on the items answered at least 200 times.
        List<String> wellAnswered = calibration.items().stream().filter(item -> item.answers() >= 200)
                .map(ItemCalibration::itemId).toList();
        double aBefore = cohort.meanAbsoluteError(cohort.start, wellAnswered, true);
        double aAfter = cohort.meanAbsoluteError(after, wellAnswered, true);
        // Measured with seeds 11 to 14 (5 rounds): b 0.39-0.43 -> 0.17-0.21; a 0.34-0.42 -> 0.29-0.36, and on the
        // items answered 200 times or more 0.43-0.48 -> 0.27-0.34.
        assertTrue(bAfter < 0.6 * bBefore, "MAE b " + bBefore + " -> " + bAfter);
        assertTrue(cohort.meanAbsoluteError(after, moved, true) < cohort.meanAbsoluteError(cohort.start, moved, true));
        assertTrue(wellAnswered.size() >= 40, "answered 200 times: " + wellAnswered.size());
        assertTrue(aAfter < 0.8 * aBefore, "MAE a " + aBefore + " -> " + aAfter);
        for (ItemCalibration item : calibration.items()) {
            assertEquals(item.after(), after.item(item.itemId()).orElseThrow().parameters());
            if (!item.reestimated()) {
                assertEquals(item.before(), item.after(), item.itemId());
            }
        }
        assertAllFinite(calibration);
    }

    @Test
    void theCohortsAbilityDistributionIsFound() {
        // Learners are drawn from N(-0.3, 1.3²) in every area; the engine's prior was N(-0.5, 1.5²).
        calibration.populations().forEach((area, population) -> {
            assertEquals(-0.3, population.mean(), 0.25, "area " + area);
            assertEquals(1.3, population.sd(), 0.2, "area " + area);
        });
    }

    @Test
    void aBankThatIsRightRaisesFewAlarms() {
        SimulatedCohort exact = new SimulatedCohort(1500, 12, 0, 0);
        Calibration result = QUICK.calibrate(exact.start, exact.placements);
        List<ItemCalibration> reestimated = result.items().stream().filter(ItemCalibration::reestimated).toList();
        long flagged = reestimated.stream().filter(item -> !item.problems().isEmpty()).count();
        assertTrue(flagged <= 0.05 * reestimated.size(), flagged + " of " + reestimated.size() + ": " + result.problems());
        double meanInfit = reestimated.stream().mapToDouble(ItemCalibration::infit).average().orElseThrow();
        assertEquals(1.0, meanInfit, 0.05, "mean squares are centred on 1 when the model holds");
    }

    @Test
    void anItemThatStrongLearnersFailIsReportedAsNotDiscriminating() {
        ItemCalibration item = withOddItems.item("odd/reversed").orElseThrow();
        assertTrue(item.answers() >= 400);
        assertTrue(item.restCorrelation() < 0, "rest correlation " + item.restCorrelation());
        assertTrue(item.has(ItemProblem.Code.NEGATIVE_OR_LOW_DISCRIMINATION), item.problems().toString());
    }

    @Test
    void anItemWithTenAnswersIsKeptAsIs() {
        ItemCalibration item = withOddItems.item("odd/rare").orElseThrow();
        assertEquals(10, item.answers());
        assertFalse(item.reestimated());
        assertEquals(item.before(), item.after());
        assertEquals(item.before(), withOddItems.calibratedBank().item("odd/rare").orElseThrow().parameters());
        assertEquals(List.of(ItemProblem.Code.NOT_ENOUGH_ANSWERS),
                item.problems().stream().map(ItemProblem::code).toList());
    }

    @Test
    void aLevelTwoItemThatEverybodyFailsIsTooHard() {
        ItemCalibration item = withOddItems.item("odd/impossible").orElseThrow();
        assertTrue(item.has(ItemProblem.Code.ALL_WRONG), item.problems().toString());
        assertTrue(item.has(ItemProblem.Code.TOO_HARD), item.problems().toString());
        assertTrue(item.after().difficulty() > -1.0, "new b " + item.after().difficulty());
        assertAllFinite(withOddItems);
    }

    /**
     * The cohort's placements with answers to three more items: one answered backwards (right more often by the
     * weak: the 3PL mirrored around b = -1) by every third placement, one answered by ten placements, and one
     * written for level 2 that every fourth placement fails.
     */
    private static Calibration oddItems() {
        ItemParameters backwards = ItemParameters.of(1.5, -1.0, 4);
        List<OddItem> odd = List.of(
                new OddItem(Item.of("odd/reversed", "1.1", 3, ItemParameters.of(1.2, -1.0, 4)), i -> i % 3 == 0,
                        theta -> backwards.probabilityCorrect(-2.0 - theta)),
                new OddItem(Item.of("odd/rare", "3.1", 4, ItemParameters.of(1.4, 0.2, 3)), i -> i < 10, theta -> 0.5),
                new OddItem(Item.of("odd/impossible", "2.1", 2, ItemParameters.of(1.0, -2.0, 0)), i -> i % 4 == 1,
                        theta -> 0));
        List<Item> items = new ArrayList<>();
        cohort.start.areas().forEach(area -> items.addAll(cohort.start.items(area)));
        odd.forEach(extra -> items.add(extra.item()));
        SplittableRandom random = new SplittableRandom(99);
        List<PlacementAnswers> placements = new ArrayList<>();
        for (int i = 0; i < cohort.placements.size(); i++) {
            PlacementAnswers placement = cohort.placements.get(i);
            List<Answer> answers = new ArrayList<>(placement.answers());
            for (OddItem extra : odd) {
                if (extra.who().test(i)) {
                    double p = extra.chance().applyAsDouble(cohort.abilities.get(i).get(extra.item().area()));
                    answers.add(new Answer(extra.item().id(), random.nextDouble() < p, Duration.ofMinutes(20)));
                }
            }
            placements.add(new PlacementAnswers(placement.placementKey(), answers));
        }
        return QUICK.calibrate(ItemBank.of(items), placements);
    }

    /** An item added to the bank, answered by the placements {@code who} picks, right with {@code chance(theta)}. */
    private record OddItem(Item item, IntPredicate who, DoubleUnaryOperator chance) {
    }

    static void assertAllFinite(Calibration result) {
        DoublePredicate finite = Double::isFinite;
        for (ItemCalibration item : result.items()) {
            ItemParameters after = item.after();
            assertTrue(finite.test(after.discrimination()) && finite.test(after.difficulty()), item.toString());
            assertTrue(finite.test(item.shareRight()) && finite.test(item.restCorrelation())
                    && finite.test(item.infit()) && finite.test(item.outfit()), item.toString());
            item.problems().forEach(problem -> assertTrue(
                    finite.test(problem.value()) && finite.test(problem.limit()), problem.describe()));
        }
        result.populations().forEach((area, population) -> assertTrue(
                finite.test(population.mean()) && population.sd() > 0 && finite.test(population.sd()), area));
    }
}
