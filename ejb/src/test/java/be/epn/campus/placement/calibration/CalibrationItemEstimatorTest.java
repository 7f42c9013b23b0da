package be.epn.campus.placement.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import be.epn.campus.placement.engine.AbilityPosterior;
import be.epn.campus.placement.engine.ItemParameters;
import be.epn.campus.placement.engine.Settings;

/** The M-step alone, on expected counts without sampling noise. */
class CalibrationItemEstimatorTest {

    private final double[] grid = AbilityPosterior.grid(Settings.defaults());
    private final ItemEstimator estimator = new ItemEstimator(grid, CalibrationSettings.defaults(), 0);

    @Test
    void manyAnswersAtKnownAbilitiesGiveBackTheItem() {
        ItemParameters truth = ItemParameters.of(1.7, 0.8, 4);
        double[] total = new double[grid.length];
        double[] right = new double[grid.length];
        for (int k = 0; k < grid.length; k++) {
            total[k] = 1000 * Math.exp(-0.5 * grid[k] * grid[k]); // expected counts, no sampling noise
            right[k] = total[k] * truth.probabilityCorrect(grid[k]);
        }
        ItemParameters start = ItemParameters.of(0.8, -1.0, 4);
        ItemParameters found = estimator.estimate(start, start, total, right);
        assertEquals(1.7, found.discrimination(), 0.05);
        assertEquals(0.8, found.difficulty(), 0.05);
        assertEquals(0.25, found.guessing(), "guessing stays");
    }

    @Test
    void theEnginesInattentionCeilingIsPartOfTheModel() {
        double inattention = Settings.defaults().inattention();
        ItemParameters truth = ItemParameters.of(1.7, 0.8, 4);
        double[] total = new double[grid.length];
        double[] right = new double[grid.length];
        for (int k = 0; k < grid.length; k++) {
            total[k] = 1000 * Math.exp(-0.5 * grid[k] * grid[k]);
            right[k] = total[k] * truth.probabilityCorrect(grid[k], inattention);
        }
        ItemParameters start = ItemParameters.of(0.8, -1.0, 4);
        ItemParameters found = new ItemEstimator(grid, CalibrationSettings.defaults(), inattention)
                .estimate(start, start, total, right);
        assertEquals(1.7, found.discrimination(), 0.05);
        assertEquals(0.8, found.difficulty(), 0.05);
        // The plain 3PL reads the missing 3 % at the top as a flatter item.
        ItemParameters plain = estimator.estimate(start, start, total, right);
        assertTrue(plain.discrimination() < found.discrimination() - 0.05, "plain 3PL a " + plain.discrimination());
    }

    @Test
    void answersAllWrongPushTheItemUpButNotToInfinity() {
        double[] total = new double[grid.length];
        double[] right = new double[grid.length];
        for (int k = 0; k < grid.length; k++) {
            total[k] = 50 * Math.exp(-0.5 * (grid[k] + 1) * (grid[k] + 1));
        }
        ItemParameters start = ItemParameters.of(1.0, -2.0, 0);
        ItemParameters found = estimator.estimate(start, start, total, right);
        assertTrue(found.difficulty() > -1 && found.difficulty() <= 4, "b " + found.difficulty());
        assertTrue(Double.isFinite(found.discrimination()) && found.discrimination() >= 0.3);
    }

    @Test
    void noAnswersLeaveThePrior() {
        ItemParameters start = ItemParameters.of(1.3, 0.4, 3);
        ItemParameters found = estimator.estimate(start, start, new double[grid.length], new double[grid.length]);
        assertEquals(1.3, found.discrimination(), 1e-9);
        assertEquals(0.4, found.difficulty(), 1e-9);
    }
}
