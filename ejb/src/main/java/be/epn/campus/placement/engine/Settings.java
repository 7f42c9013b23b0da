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
 * @param inattention        the chance that a learner who knows the answer gives it wrong (the ceiling of the
 *                           item model is 1 minus this), so that one slip does not sink a strong learner
 * @param nearBest           exposure control draws only among items whose information is at least this share of
 *                           the best's: with 6 items an area, an item much weaker than the best costs accuracy
 * @param areaCorrelation    the correlation assumed between the abilities of any two areas; above 0 each area's
 *                           prior is conditioned on the other areas' answers ({@link AreaCorrelation}); 0, the
 *                           default, treats areas as independent
 */
public record Settings(double priorMean, double priorSd, int gridPoints, double gridLimit,
                       double targetSd, int maxItemsPerArea, int maxItems, Duration timeBudget,
                       int randomesque, long seed, LevelScale scale, double competenceSpread,
                       double inattention, double nearBest, double areaCorrelation) {

    public Settings {
        Objects.requireNonNull(timeBudget, "timeBudget");
        Objects.requireNonNull(scale, "scale");
        if (!(priorSd > 0) || gridPoints < 11 || !(gridLimit > 0) || !(targetSd > 0)
                || maxItemsPerArea < 1 || maxItems < 1 || timeBudget.isNegative() || randomesque < 1
                || !(competenceSpread >= 0) || !(inattention >= 0 && inattention < 0.5)
                || !(nearBest >= 0 && nearBest <= 1) || !(areaCorrelation >= 0 && areaCorrelation < 1)) {
            throw new IllegalArgumentException("invalid placement settings");
        }
    }

    /** Areas independent (area correlation 0): the settings as they were before that option. */
    public Settings(double priorMean, double priorSd, int gridPoints, double gridLimit, double targetSd,
                    int maxItemsPerArea, int maxItems, Duration timeBudget, int randomesque, long seed,
                    LevelScale scale, double competenceSpread, double inattention, double nearBest) {
        this(priorMean, priorSd, gridPoints, gridLimit, targetSd, maxItemsPerArea, maxItems, timeBudget, randomesque,
                seed, scale, competenceSpread, inattention, nearBest, 0);
    }

    /**
     * Prior N(-0.5, 2²): centred a little below the middle of the scale, wide enough that a strong learner is not
     * pulled down by it in six items (1.5 did); inattention 3 %; exposure control among the 3 best items within 90 %
     * of the best's information; areas independent. The simulation benchmark gives each its figures
     * (docs/measurements.md).
     */
    public static Settings defaults() {
        return new Settings(-0.5, 2.0, 81, 5.0, 0.45, 8, 30, Duration.ofMinutes(30), 3, 0L,
                LevelScale.standard(), 0.5, 0.03, 0.9);
    }

    public Settings withSeed(long newSeed) {
        return new Settings(priorMean, priorSd, gridPoints, gridLimit, targetSd, maxItemsPerArea, maxItems,
                timeBudget, randomesque, newSeed, scale, competenceSpread, inattention, nearBest, areaCorrelation);
    }

    public Settings withStop(double newTargetSd, int newMaxItemsPerArea, int newMaxItems) {
        return new Settings(priorMean, priorSd, gridPoints, gridLimit, newTargetSd, newMaxItemsPerArea, newMaxItems,
                timeBudget, randomesque, seed, scale, competenceSpread, inattention, nearBest, areaCorrelation);
    }

    public Settings withTimeBudget(Duration newTimeBudget) {
        return new Settings(priorMean, priorSd, gridPoints, gridLimit, targetSd, maxItemsPerArea, maxItems,
                newTimeBudget, randomesque, seed, scale, competenceSpread, inattention, nearBest, areaCorrelation);
    }

    public Settings withAreaCorrelation(double newAreaCorrelation) {
        return new Settings(priorMean, priorSd, gridPoints, gridLimit, targetSd, maxItemsPerArea, maxItems,
                timeBudget, randomesque, seed, scale, competenceSpread, inattention, nearBest, newAreaCorrelation);
    }

    public Settings withRandomesque(int newRandomesque) {
        return new Settings(priorMean, priorSd, gridPoints, gridLimit, targetSd, maxItemsPerArea, maxItems,
                timeBudget, newRandomesque, seed, scale, competenceSpread, inattention, nearBest, areaCorrelation);
    }
}
