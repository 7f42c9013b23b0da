package be.epn.campus.placement.engine;

import java.util.List;

/**
 * The engine's ability posterior, opened to tools outside the engine (the calibration of item parameters) so that
 * they integrate over exactly the grid and likelihood the placements use. A new class rather than a public
 * {@code Posterior}: the engine's own API stays as it is.
 */
public final class AbilityPosterior {

    private AbilityPosterior() {
    }

    /** The quadrature points of {@code settings}, from {@code -gridLimit} to {@code gridLimit}. */
    public static double[] grid(Settings settings) {
        return Posterior.grid(settings);
    }

    /**
     * The normalised posterior weights, on {@link #grid(Settings)}, of one ability with a normal prior of the
     * given mean and SD after these answers ({@code correct.get(i)} answers {@code items.get(i)}), under the
     * engine's own item model: the 3PL with the ceiling {@code 1 - settings.inattention()}, so that calibration
     * and placement read the same answers the same way.
     */
    public static double[] weights(Settings settings, double priorMean, double priorSd,
                                   List<ItemParameters> items, List<Boolean> correct) {
        if (items.size() != correct.size()) {
            throw new IllegalArgumentException("one answer per item: " + items.size() + " vs " + correct.size());
        }
        Posterior posterior = Posterior.normal(Posterior.grid(settings), priorMean, priorSd, settings.inattention());
        for (int i = 0; i < items.size(); i++) {
            posterior = posterior.update(items.get(i), correct.get(i));
        }
        return posterior.weights();
    }
}
