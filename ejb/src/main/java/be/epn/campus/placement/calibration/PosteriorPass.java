package be.epn.campus.placement.calibration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.epn.campus.placement.engine.AbilityPosterior;
import be.epn.campus.placement.engine.Estimate;
import be.epn.campus.placement.engine.ItemParameters;
import be.epn.campus.placement.engine.Settings;

/**
 * The E-step: every placement's ability posterior in every area, with the current parameters and the current
 * ability distribution of the area as prior, summed into expected counts per item and grid point, and into the
 * area's new ability distribution (the mean and SD of the mixture of the posteriors).
 */
final class PosteriorPass {

    /** Below this the distribution would be narrower than one placement can tell; a guard, not a finding. */
    private static final double MIN_POPULATION_SD = 0.2;

    final double[][] total;
    final double[][] right;
    final Map<String, Estimate> populations = new HashMap<>();

    private PosteriorPass(int items, int points) {
        total = new double[items][points];
        right = new double[items][points];
    }

    static PosteriorPass run(Responses responses, ItemParameters[] parameters, Map<String, Estimate> priors,
                             Settings engine) {
        double[] grid = AbilityPosterior.grid(engine);
        PosteriorPass pass = new PosteriorPass(parameters.length, grid.length);
        Map<String, double[]> moments = new HashMap<>(); // per area: placements, sum of means, sum of E[theta²]
        for (Responses.AreaAnswers group : responses.groups) {
            double[] w = posterior(group, parameters, priors.get(group.area()), engine);
            for (int j = 0; j < group.items().length; j++) {
                double[] n = pass.total[group.items()[j]];
                double[] r = pass.right[group.items()[j]];
                for (int k = 0; k < grid.length; k++) {
                    n[k] += w[k];
                    r[k] += group.correct()[j] ? w[k] : 0;
                }
            }
            double[] m = moments.computeIfAbsent(group.area(), a -> new double[3]);
            m[0]++;
            for (int k = 0; k < grid.length; k++) {
                m[1] += w[k] * grid[k];
                m[2] += w[k] * grid[k] * grid[k];
            }
        }
        moments.forEach((area, m) -> {
            double mean = m[1] / m[0];
            double sd = Math.sqrt(Math.max(m[2] / m[0] - mean * mean, 0));
            pass.populations.put(area, new Estimate(mean, Math.min(Math.max(sd, MIN_POPULATION_SD), engine.gridLimit())));
        });
        return pass;
    }

    /** The posterior weights of one placement's ability in one area. */
    static double[] posterior(Responses.AreaAnswers group, ItemParameters[] parameters, Estimate prior,
                              Settings engine) {
        List<ItemParameters> items = new ArrayList<>(group.items().length);
        List<Boolean> correct = new ArrayList<>(group.items().length);
        for (int j = 0; j < group.items().length; j++) {
            items.add(parameters[group.items()[j]]);
            correct.add(group.correct()[j]);
        }
        return AbilityPosterior.weights(engine, prior.mean(), prior.sd(), items, correct);
    }
}
