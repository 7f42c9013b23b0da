package be.epn.campus.placement.engine;

import java.util.Arrays;

/**
 * The posterior of one ability on a fixed quadrature grid, kept as log densities so that thirty answers never
 * underflow. Immutable: an update returns a new posterior. A grid of 81 points is plenty for a posterior whose
 * SD stays above 0.2 logits, and cheap enough to recompute from scratch on every replay.
 */
final class Posterior {

    private final double[] grid;
    private final double[] logDensity;
    private final double inattention;

    private Posterior(double[] grid, double[] logDensity, double inattention) {
        this.grid = grid;
        this.logDensity = logDensity;
        this.inattention = inattention;
    }

    static Posterior normalPrior(Settings settings) {
        return normal(grid(settings), settings.priorMean(), settings.priorSd(), settings.inattention());
    }

    static double[] grid(Settings settings) {
        int n = settings.gridPoints();
        double[] grid = new double[n];
        for (int i = 0; i < n; i++) {
            grid[i] = -settings.gridLimit() + 2 * settings.gridLimit() * i / (n - 1);
        }
        return grid;
    }

    /** A posterior whose updates follow the plain 3PL, without inattention. */
    static Posterior normal(double[] grid, double mean, double sd) {
        return normal(grid, mean, sd, 0);
    }

    /** @param inattention the chance that a known answer is given wrong, assumed by {@link #update} */
    static Posterior normal(double[] grid, double mean, double sd, double inattention) {
        double[] log = new double[grid.length];
        for (int i = 0; i < grid.length; i++) {
            double z = (grid[i] - mean) / sd;
            log[i] = -0.5 * z * z;
        }
        return new Posterior(grid, log, inattention);
    }

    Posterior update(ItemParameters item, boolean correct) {
        double[] log = logDensity.clone();
        for (int i = 0; i < grid.length; i++) {
            double p = item.probabilityCorrect(grid[i], inattention);
            log[i] += Math.log(correct ? p : 1 - p);
        }
        return new Posterior(grid, log, inattention);
    }

    /** The normalised weights of the grid points. */
    double[] weights() {
        double max = Arrays.stream(logDensity).max().orElseThrow();
        double[] w = new double[grid.length];
        double sum = 0;
        for (int i = 0; i < grid.length; i++) {
            w[i] = Math.exp(logDensity[i] - max);
            sum += w[i];
        }
        for (int i = 0; i < grid.length; i++) {
            w[i] /= sum;
        }
        return w;
    }

    Estimate estimate() {
        double[] w = weights();
        double mean = 0;
        for (int i = 0; i < grid.length; i++) {
            mean += w[i] * grid[i];
        }
        double variance = 0;
        for (int i = 0; i < grid.length; i++) {
            variance += w[i] * (grid[i] - mean) * (grid[i] - mean);
        }
        return new Estimate(mean, Math.sqrt(variance));
    }

    /** The posterior probability that the ability lies in [low, high). */
    double mass(double low, double high) {
        double[] w = weights();
        double mass = 0;
        for (int i = 0; i < grid.length; i++) {
            if (grid[i] >= low && grid[i] < high) {
                mass += w[i];
            }
        }
        return mass;
    }

    /**
     * The same answers under another normal prior: divides out N(oldMean, oldSd²) and multiplies by
     * N(newMean, newSd²), on the log densities (the grid's truncation is the same for both, so it cancels).
     */
    Posterior reprior(double oldMean, double oldSd, double newMean, double newSd) {
        double[] log = logDensity.clone();
        for (int i = 0; i < grid.length; i++) {
            double before = (grid[i] - oldMean) / oldSd;
            double after = (grid[i] - newMean) / newSd;
            log[i] += 0.5 * before * before - 0.5 * after * after;
        }
        return new Posterior(grid, log, inattention);
    }

    /**
     * The distribution of {@code theta + delta} with {@code delta ~ N(0, sd²)}: the prior of one competence's
     * ability given its area's ability.
     */
    Posterior spread(double sd) {
        if (sd == 0) {
            return this;
        }
        double[] w = weights();
        double[] log = new double[grid.length];
        for (int j = 0; j < grid.length; j++) {
            double density = 0;
            for (int i = 0; i < grid.length; i++) {
                double z = (grid[j] - grid[i]) / sd;
                density += w[i] * Math.exp(-0.5 * z * z);
            }
            log[j] = Math.log(Math.max(density, Double.MIN_NORMAL));
        }
        return new Posterior(grid, log, inattention);
    }
}
