package be.epn.campus.placement.calibration;

import java.util.Map;

import be.epn.campus.placement.engine.AbilityPosterior;
import be.epn.campus.placement.engine.Estimate;
import be.epn.campus.placement.engine.ItemParameters;
import be.epn.campus.placement.engine.Settings;

/**
 * Fit and discrimination statistics of every item under the final parameters, from one more pass over the
 * posteriors, under the engine's item model (its inattention ceiling included, as in the posteriors).
 *
 * <p>Mean squares are averaged over each placement's posterior rather than taken at its EAP: an ability drawn
 * from the posterior has, with the answers, the same joint distribution as the true ability when the model
 * holds, so these mean squares are centred on 1 even with six answers per area, where residuals at the EAP
 * (fitted to the same answers) would come out too small.
 *
 * <p>The item-rest correlation of a fixed test (answer against the score on the other items) means little when
 * everybody gets different items; its adaptive form correlates the answer with the ability estimated from the
 * placement's other answers in the area: the posterior without this item's likelihood.
 */
final class ItemStatistics {

    private static final double EPSILON = 1e-12;

    final double[] infit;
    final double[] outfit;
    final double[] restCorrelation;

    private ItemStatistics(int items) {
        infit = new double[items];
        outfit = new double[items];
        restCorrelation = new double[items];
    }

    static ItemStatistics compute(Responses responses, ItemParameters[] parameters, Map<String, Estimate> populations,
                                  Settings engine) {
        int n = parameters.length;
        double[] grid = AbilityPosterior.grid(engine);
        double[] squares = new double[n];
        double[] variances = new double[n];
        double[] standardised = new double[n];
        double[][] sums = new double[n][5]; // rest ability x, answer y: sums of x, x², y, xy (y² = y), count
        double[] p = new double[grid.length];
        for (Responses.AreaAnswers group : responses.groups) {
            double[] w = PosteriorPass.posterior(group, parameters, populations.get(group.area()), engine);
            for (int j = 0; j < group.items().length; j++) {
                int i = group.items()[j];
                double y = group.correct()[j] ? 1 : 0;
                double restWeight = 0;
                double restMean = 0;
                for (int k = 0; k < grid.length; k++) {
                    p[k] = Math.min(Math.max(parameters[i].probabilityCorrect(grid[k], engine.inattention()), EPSILON), 1 - EPSILON);
                    double residual = y - p[k];
                    double variance = p[k] * (1 - p[k]);
                    squares[i] += w[k] * residual * residual;
                    variances[i] += w[k] * variance;
                    standardised[i] += w[k] * residual * residual / variance;
                    double without = w[k] / (y == 1 ? p[k] : 1 - p[k]);
                    restWeight += without;
                    restMean += without * grid[k];
                }
                double x = restMean / restWeight;
                double[] s = sums[i];
                s[0] += x;
                s[1] += x * x;
                s[2] += y;
                s[3] += x * y;
                s[4]++;
            }
        }
        ItemStatistics statistics = new ItemStatistics(n);
        for (int i = 0; i < n; i++) {
            double[] s = sums[i];
            statistics.infit[i] = variances[i] > 0 ? squares[i] / variances[i] : 1;
            statistics.outfit[i] = s[4] > 0 ? standardised[i] / s[4] : 1;
            statistics.restCorrelation[i] = correlation(s);
        }
        return statistics;
    }

    /** Pearson's r from the sums; 0 when either variable does not vary. */
    private static double correlation(double[] s) {
        double count = s[4];
        double varianceX = count * s[1] - s[0] * s[0];
        double varianceY = count * s[2] - s[2] * s[2];
        if (!(varianceX > 1e-9 * count * count) || !(varianceY > 0)) {
            return 0;
        }
        return (count * s[3] - s[0] * s[2]) / Math.sqrt(varianceX * varianceY);
    }
}
