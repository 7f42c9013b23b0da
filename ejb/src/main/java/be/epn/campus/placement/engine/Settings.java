package be.epn.campus.placement.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * The knobs of a placement. {@link #defaults()} gives values chosen with the simulation benchmark
 * ({@code PlacementSimulation}, docs/measurements.md).
 *
 * @param priorMean          mean of the normal prior of each area's ability (logits)
 * @param priorSd            its standard deviation
 * @param gridPoints         quadrature points of the posterior
 * @param gridLimit          the grid spans [-gridLimit, gridLimit]
 * @param targetSd           an area stops once its posterior SD is below this
 * @param maxItemsPerArea    an area stops after this many items
 * @param maxItems           the whole placement stops after this many items
 * @param timeBudget         the whole placement stops once this much time has passed (as told by the caller)
 * @param randomesque        exposure control: the next item is drawn among this many most informative items
 * @param seed               seed of the draws; the same seed and answers give the same items
 * @param scale              from abilities to DigComp levels
 * @param competenceSpread   SD of a competence's ability around its area's (logits), for competence levels
 */
public record Settings(double priorMean, double priorSd, int gridPoints, double gridLimit,
                       double targetSd, int maxItemsPerArea, int maxItems, Duration timeBudget,
                       int randomesque, long seed, LevelScale scale, double competenceSpread) {

    public Settings {
        Objects.requireNonNull(timeBudget, "timeBudget");
        Objects.requireNonNull(scale, "scale");
        if (!(priorSd > 0) || gridPoints < 11 || !(gridLimit > 0) || !(targetSd > 0)
                || maxItemsPerArea < 1 || maxItems < 1 || timeBudget.isNegative() || randomesque < 1
                || !(competenceSpread >= 0)) {
            throw new IllegalArgumentException("invalid placement settings");
        }
    }

    public static Settings defaults() {
        return new Settings(-0.5, 1.5, 81, 5.0, 0.45, 8, 30, Duration.ofMinutes(30), 3, 0L,
                LevelScale.standard(), 0.5);
    }

    public Settings withSeed(long newSeed) {
        return new Settings(priorMean, priorSd, gridPoints, gridLimit, targetSd, maxItemsPerArea, maxItems,
                timeBudget, randomesque, newSeed, scale, competenceSpread);
    }

    public Settings withStop(double newTargetSd, int newMaxItemsPerArea, int newMaxItems) {
        return new Settings(priorMean, priorSd, gridPoints, gridLimit, newTargetSd, newMaxItemsPerArea, newMaxItems,
                timeBudget, randomesque, seed, scale, competenceSpread);
    }

    public Settings withTimeBudget(Duration newTimeBudget) {
        return new Settings(priorMean, priorSd, gridPoints, gridLimit, targetSd, maxItemsPerArea, maxItems,
                newTimeBudget, randomesque, seed, scale, competenceSpread);
    }

    public Settings withRandomesque(int newRandomesque) {
        return new Settings(priorMean, priorSd, gridPoints, gridLimit, targetSd, maxItemsPerArea, maxItems,
                timeBudget, newRandomesque, seed, scale, competenceSpread);
    }
}
