package be.epn.campus.placement.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoublePredicate;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import be.epn.campus.placement.engine.Answer;
import be.epn.campus.placement.engine.Item;
import be.epn.campus.placement.engine.ItemBank;
import be.epn.campus.placement.engine.ItemParameters;
import be.epn.campus.placement.engine.Settings;

class CalibratorTest {

    private static final Calibrator CALIBRATOR = new Calibrator(Settings.defaults(), CalibrationSettings.defaults());

    /** 1,500 adaptive placements on a bank whose a is off by a factor exp(N(0, 0.3²)) and b by N(0, 0.5²). */
    private static SimulatedCohort cohort;
    private static Calibration calibration;

    @BeforeAll
    static void simulate() {
        cohort = new SimulatedCohort(1500, 11, 0.3, 0.5);
        calibration = CALIBRATOR.calibrate(cohort.start, cohort.placements);
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
        // Measured with seeds 11 to 14: b 0.39-0.43 -> 0.17-0.21; a 0.34-0.42 -> 0.29-0.36, and on the items
        // answered 200 times or more 0.43-0.48 -> 0.27-0.34.
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
        Calibration result = CALIBRATOR.calibrate(exact.start, exact.placements);
        List<ItemCalibration> reestimated = result.items().stream().filter(ItemCalibration::reestimated).toList();
        long flagged = reestimated.stream().filter(item -> !item.problems().isEmpty()).count();
        assertTrue(flagged <= 0.05 * reestimated.size(), flagged + " of " + reestimated.size() + ": " + result.problems());
        double meanInfit = reestimated.stream().mapToDouble(ItemCalibration::infit).average().orElseThrow();
        assertEquals(1.0, meanInfit, 0.05, "mean squares are centred on 1 when the model holds");
    }

    @Test
    void anItemThatStrongLearnersFailIsReportedAsNotDiscriminating() {
        Item reversed = Item.of("odd/reversed", "1.1", 3, ItemParameters.of(1.2, -1.0, 4));
        ItemParameters backwards = ItemParameters.of(1.5, -1.0, 4);
        Calibration result = withExtraItem(reversed, i -> i % 3 == 0,
                theta -> backwards.probabilityCorrect(-2.0 - theta)); // mirrored around b = -1
        ItemCalibration item = result.item("odd/reversed").orElseThrow();
        assertTrue(item.answers() >= 400);
        assertTrue(item.restCorrelation() < 0, "rest correlation " + item.restCorrelation());
        assertTrue(item.has(ItemProblem.Code.NEGATIVE_OR_LOW_DISCRIMINATION), item.problems().toString());
    }

    @Test
    void anItemWithTenAnswersIsKeptAsIs() {
        Item rare = Item.of("odd/rare", "3.1", 4, ItemParameters.of(1.4, 0.2, 3));
        Calibration result = withExtraItem(rare, i -> i < 10, theta -> 0.5);
        ItemCalibration item = result.item("odd/rare").orElseThrow();
        assertEquals(10, item.answers());
        assertFalse(item.reestimated());
        assertEquals(rare.parameters(), item.after());
        assertEquals(rare.parameters(), result.calibratedBank().item("odd/rare").orElseThrow().parameters());
        assertEquals(List.of(ItemProblem.Code.NOT_ENOUGH_ANSWERS),
                item.problems().stream().map(ItemProblem::code).toList());
    }

    @Test
    void aLevelTwoItemThatEverybodyFailsIsTooHard() {
        Item impossible = Item.of("odd/impossible", "2.1", 2, ItemParameters.of(1.0, -2.0, 0));
        Calibration result = withExtraItem(impossible, i -> i % 4 == 1, theta -> 0);
        ItemCalibration item = result.item("odd/impossible").orElseThrow();
        assertTrue(item.has(ItemProblem.Code.ALL_WRONG), item.problems().toString());
        assertTrue(item.has(ItemProblem.Code.TOO_HARD), item.problems().toString());
        assertTrue(item.after().difficulty() > -1.0, "new b " + item.after().difficulty());
        assertAllFinite(result);
    }

    /**
     * The cohort's placements with one more answer, to {@code extra}, from the placements {@code who} picks, right
     * with probability {@code chance} of the learner's true ability in the item's area.
     */
    private static Calibration withExtraItem(Item extra, IntPredicate who, java.util.function.DoubleUnaryOperator chance) {
        List<Item> items = new ArrayList<>();
        cohort.start.areas().forEach(area -> items.addAll(cohort.start.items(area)));
        items.add(extra);
        SplittableRandom random = new SplittableRandom(99);
        List<PlacementAnswers> placements = new ArrayList<>();
        for (int i = 0; i < cohort.placements.size(); i++) {
            PlacementAnswers placement = cohort.placements.get(i);
            List<Answer> answers = new ArrayList<>(placement.answers());
            if (who.test(i)) {
                double p = chance.applyAsDouble(cohort.abilities.get(i).get(extra.area()));
                answers.add(new Answer(extra.id(), random.nextDouble() < p, Duration.ofMinutes(20)));
            }
            placements.add(new PlacementAnswers(placement.placementKey(), answers));
        }
        return CALIBRATOR.calibrate(ItemBank.of(items), placements);
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
