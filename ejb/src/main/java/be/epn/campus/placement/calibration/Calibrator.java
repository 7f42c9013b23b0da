package be.epn.campus.placement.calibration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import be.epn.campus.placement.engine.AbilityPosterior;
import be.epn.campus.placement.engine.Estimate;
import be.epn.campus.placement.engine.Item;
import be.epn.campus.placement.engine.ItemBank;
import be.epn.campus.placement.engine.ItemParameters;
import be.epn.campus.placement.engine.Settings;

/**
 * Re-estimates the item bank from finished placements (see the package documentation for the method). Stateless
 * and thread-safe; a calibration of 3,000 placements takes a few seconds (docs/measurements.md).
 */
public final class Calibrator {

    /** A round in which no a (relative) nor b moves more than this ends the calibration: EM only creeps on. */
    static final double CONVERGED = 1e-3;

    private final Settings engine;
    private final CalibrationSettings settings;

    /**
     * @param engine   the placement settings the answers were given under: their grid, prior (the starting
     *                 ability distribution of every area), level scale and inattention (the item model's
     *                 ceiling, the same in the posteriors, the M-step and the fit statistics)
     * @param settings the calibration's own knobs
     */
    public Calibrator(Settings engine, CalibrationSettings settings) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public Calibration calibrate(ItemBank bank, List<PlacementAnswers> placements) {
        Responses responses = new Responses(bank, placements);
        List<Item> items = responses.items;
        int n = items.size();
        ItemParameters[] current = new ItemParameters[n];
        boolean[] free = new boolean[n];
        boolean[] anchorable = new boolean[n];
        for (int i = 0; i < n; i++) {
            current[i] = items.get(i).parameters();
            free[i] = responses.answers[i] >= settings.minimumAnswers();
            anchorable[i] = free[i] && responses.right[i] > 0 && responses.right[i] < responses.answers[i];
        }
        Map<String, Estimate> populations = new LinkedHashMap<>(); // in the bank's order of areas, for the report
        bank.areas().forEach(area -> populations.put(area, new Estimate(engine.priorMean(), engine.priorSd())));
        ItemEstimator estimator = new ItemEstimator(AbilityPosterior.grid(engine), settings, engine.inattention());
        ScaleAnchor anchor = new ScaleAnchor(settings, engine.scale());
        int rounds = 0;
        double moved = Double.POSITIVE_INFINITY;
        while (rounds < settings.rounds() && moved > CONVERGED) {
            ItemParameters[] before = current.clone();
            PosteriorPass pass = PosteriorPass.run(responses, current, populations, engine);
            for (int i = 0; i < n; i++) {
                if (free[i]) {
                    current[i] = estimator.estimate(items.get(i).parameters(), current[i], pass.total[i], pass.right[i]);
                }
            }
            Map<String, Estimate> previous = new HashMap<>(populations);
            populations.putAll(pass.populations);
            for (String area : bank.areas()) {
                anchor.apply(area, items, current, free, anchorable, populations, previous);
            }
            moved = largestMove(before, current);
            rounds++;
        }
        return report(responses, current, free, populations, placements.size(), rounds);
    }

    private Calibration report(Responses responses, ItemParameters[] current, boolean[] free,
                               Map<String, Estimate> populations, int placements, int rounds) {
        ItemStatistics statistics = ItemStatistics.compute(responses, current, populations, engine);
        ItemReview review = new ItemReview(settings, engine.scale());
        List<ItemCalibration> result = new ArrayList<>();
        for (int i = 0; i < current.length; i++) {
            Item item = responses.items.get(i);
            int answers = responses.answers[i];
            double share = answers == 0 ? 0 : (double) responses.right[i] / answers;
            result.add(new ItemCalibration(item, current[i], free[i], answers, share,
                    statistics.restCorrelation[i], statistics.infit[i], statistics.outfit[i],
                    review.problems(item, current[i], answers, responses.right[i],
                            statistics.restCorrelation[i], statistics.infit[i], statistics.outfit[i])));
        }
        return new Calibration(result, populations, placements, responses.ignored, rounds);
    }

    private static double largestMove(ItemParameters[] before, ItemParameters[] after) {
        double largest = 0;
        for (int i = 0; i < before.length; i++) {
            largest = Math.max(largest, Math.abs(Math.log(after[i].discrimination() / before[i].discrimination())));
            largest = Math.max(largest, Math.abs(after[i].difficulty() - before[i].difficulty()));
        }
        return largest;
    }
}
