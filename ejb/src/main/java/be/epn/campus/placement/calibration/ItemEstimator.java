package be.epn.campus.placement.calibration;

import be.epn.campus.placement.engine.ItemParameters;

/**
 * The M-step for one item: the (a, b) that maximise the log-likelihood of the expected counts on the grid
 * (how many answerers, and how many right answers, the posteriors put at each grid point), plus the log priors
 * log a ~ N(log a0, sa²) and b ~ N(b0, sb²). Guessing stays fixed: a few hundred answers say little about a lower
 * asymptote, and 1/k is what the item's format gives. The model is the engine's: the 3PL under the ceiling
 * {@code 1 - inattention} ({@link ItemParameters#probabilityCorrect(double, double)}), so that an item is
 * calibrated on the scale the placements read it with; with the plain 3PL a slip on an easy item would be taken
 * for a lower discrimination.
 *
 * <p>Fisher scoring in (log a, b), not plain Newton: the expected information plus the prior precision is always
 * positive definite, so every step goes uphill; step halving guards against overshooting, and the bounds clamp
 * each step. Working in log a keeps a positive without a constraint and makes its prior a normal one.
 */
final class ItemEstimator {

    private static final int MAX_ITERATIONS = 100;
    private static final int MAX_HALVINGS = 30;
    private static final double TOLERANCE = 1e-7;
    private static final double EPSILON = 1e-12;

    private final double[] grid;
    private final CalibrationSettings settings;
    private final double inattention;

    /** @param inattention the engine's {@code Settings.inattention()}: 1 minus the ceiling of every item */
    ItemEstimator(double[] grid, CalibrationSettings settings, double inattention) {
        this.grid = grid;
        this.settings = settings;
        this.inattention = inattention;
    }

    /**
     * @param prior  the bank's parameters: the priors' centres and the fixed guessing
     * @param start  where to start (the previous round's estimate)
     * @param total  expected answerers at each grid point
     * @param right  expected right answers at each grid point
     */
    ItemParameters estimate(ItemParameters prior, ItemParameters start, double[] total, double[] right) {
        double c = prior.guessing();
        double logA0 = Math.log(prior.discrimination());
        double b0 = prior.difficulty();
        double[] x = clamp(Math.log(start.discrimination()), start.difficulty());
        double value = objective(x, c, logA0, b0, total, right);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] step = scoringStep(x, c, logA0, b0, total, right);
            double[] next = clamp(x[0] + step[0], x[1] + step[1]);
            double nextValue = objective(next, c, logA0, b0, total, right);
            for (int h = 0; h < MAX_HALVINGS && !(nextValue >= value); h++) {
                step[0] /= 2;
                step[1] /= 2;
                next = clamp(x[0] + step[0], x[1] + step[1]);
                nextValue = objective(next, c, logA0, b0, total, right);
            }
            if (!(nextValue >= value)) {
                break; // no uphill step left: x is the maximum within the bounds
            }
            double moved = Math.abs(next[0] - x[0]) + Math.abs(next[1] - x[1]);
            x = next;
            value = nextValue;
            if (moved < TOLERANCE) {
                break;
            }
        }
        return new ItemParameters(Math.exp(x[0]), x[1], c);
    }

    private double[] scoringStep(double[] x, double c, double logA0, double b0, double[] total, double[] right) {
        double a = Math.exp(x[0]);
        double sa = settings.logDiscriminationPriorSd();
        double sb = settings.difficultyPriorSd();
        double g0 = -(x[0] - logA0) / (sa * sa);
        double g1 = -(x[1] - b0) / (sb * sb);
        double i00 = 1 / (sa * sa);
        double i11 = 1 / (sb * sb);
        double i01 = 0;
        for (int k = 0; k < grid.length; k++) {
            if (total[k] <= 0) {
                continue;
            }
            double logistic = 1 / (1 + Math.exp(-a * (grid[k] - x[1])));
            double p = clamp01((1 - inattention) * (c + (1 - c) * logistic));
            double slope = (1 - inattention) * (1 - c) * logistic * (1 - logistic);
            double dLogA = slope * a * (grid[k] - x[1]);
            double dB = -slope * a;
            double variance = p * (1 - p);
            double residual = (right[k] - total[k] * p) / variance;
            g0 += residual * dLogA;
            g1 += residual * dB;
            i00 += total[k] * dLogA * dLogA / variance;
            i01 += total[k] * dLogA * dB / variance;
            i11 += total[k] * dB * dB / variance;
        }
        double det = i00 * i11 - i01 * i01;
        return new double[] {(i11 * g0 - i01 * g1) / det, (i00 * g1 - i01 * g0) / det};
    }

    private double objective(double[] x, double c, double logA0, double b0, double[] total, double[] right) {
        ItemParameters item = new ItemParameters(Math.exp(x[0]), x[1], c);
        double sa = settings.logDiscriminationPriorSd();
        double sb = settings.difficultyPriorSd();
        double value = -0.5 * square((x[0] - logA0) / sa) - 0.5 * square((x[1] - b0) / sb);
        for (int k = 0; k < grid.length; k++) {
            if (total[k] > 0) {
                double p = clamp01(item.probabilityCorrect(grid[k], inattention));
                value += right[k] * Math.log(p) + (total[k] - right[k]) * Math.log(1 - p);
            }
        }
        return value;
    }

    private double[] clamp(double logA, double b) {
        return new double[] {
                Math.min(Math.max(logA, Math.log(settings.minDiscrimination())), Math.log(settings.maxDiscrimination())),
                Math.min(Math.max(b, settings.minDifficulty()), settings.maxDifficulty())};
    }

    private static double clamp01(double p) {
        return Math.min(Math.max(p, EPSILON), 1 - EPSILON);
    }

    private static double square(double x) {
        return x * x;
    }
}
