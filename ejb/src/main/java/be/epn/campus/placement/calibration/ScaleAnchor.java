package be.epn.campus.placement.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import be.epn.campus.placement.engine.Estimate;
import be.epn.campus.placement.engine.Item;
import be.epn.campus.placement.engine.ItemParameters;
import be.epn.campus.placement.engine.LevelScale;

/**
 * Keeps each area's ability scale where the bank put it. The 3PL fixes the scale only up to a linear change
 * theta' = s theta + t (a' = a / s, b' = s b + t): with the ability distribution estimated too, a strong cohort
 * could otherwise slide every difficulty down and, through the fixed cut points, place everybody higher. The
 * cut points mean "where the items written for each level are", so the items, not the cohort, carry the scale.
 * After each M-step the re-estimated items of an area are moved back so that
 * <ul>
 * <li>the origin: their mean b is the bank's mean b of the same items;</li>
 * <li>the unit: their b rises with the intended level as fast as the level scale's cut points do, one logit per
 * level by default (the slope of b on the cut is 1). That is what the scale means (LevelScale: items written for
 * level L have difficulties near cut(L)); the bank's own a and b are worse anchors because the engine chose which
 * items got enough answers by them: it favours items whose a is overestimated, and at each end of the scale items
 * whose b was guessed nearer the middle. In simulations (1,500 to 3,000 placements, bank a off by exp(N(0, 0.3²)),
 * b by N(0, 0.5²)), anchoring on the mean log a (mean/mean linking) kept a 10 % overestimate of a, on the slope of
 * the bank's b about 9 %, on the cut points about 4 %; with an exact bank the last is unbiased too.</li>
 * </ul>
 * Items stuck at a bound, or answered all right or all wrong (their estimate is mostly the prior's), are left out,
 * so that one wild item cannot move the others.
 *
 * <p>An area with fewer than {@link #MIN_ANCHORS} such items cannot carry its scale; there the ability
 * distribution is held where it was instead, which fixes the scale through the prior. When the anchors' levels
 * do not vary, only the origin is anchored.
 */
final class ScaleAnchor {

    static final int MIN_ANCHORS = 3;
    /** A round never stretches or shrinks the scale by more than this factor: a guard, not a finding. */
    private static final double MIN_STRETCH = 0.5;

    private final CalibrationSettings settings;
    private final LevelScale scale;

    ScaleAnchor(CalibrationSettings settings, LevelScale scale) {
        this.settings = settings;
        this.scale = scale;
    }

    /**
     * @param items      the bank's items: their mean b and their levels are the targets
     * @param current    this round's parameters, changed in place
     * @param free       which items were re-estimated (and are moved with the scale)
     * @param anchorable which of them may carry the scale: answers both right and wrong, so the data placed them
     * @param population the areas' new ability distributions, changed in place
     * @param previous   the distributions before this round, restored where the scale cannot be anchored
     */
    void apply(String area, List<Item> items, ItemParameters[] current, boolean[] free, boolean[] anchorable,
               Map<String, Estimate> population, Map<String, Estimate> previous) {
        List<Integer> anchors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (free[i] && anchorable[i] && items.get(i).area().equals(area) && inside(current[i])) {
                anchors.add(i);
            }
        }
        if (anchors.size() < MIN_ANCHORS) {
            if (previous.containsKey(area)) {
                population.put(area, previous.get(area));
            }
            return;
        }
        double oldB = 0, newB = 0, cut = 0;
        for (int i : anchors) {
            oldB += items.get(i).parameters().difficulty() / anchors.size();
            newB += current[i].difficulty() / anchors.size();
            cut += scale.cut(items.get(i).level()) / anchors.size();
        }
        double levelVariance = 0, covariance = 0; // of the cut with itself, and with the new b
        for (int i : anchors) {
            double level = scale.cut(items.get(i).level()) - cut;
            levelVariance += level * level;
            covariance += level * (current[i].difficulty() - newB);
        }
        // Anchors all of one level, or new difficulties that no longer rise with the level: keep the unit.
        double s = levelVariance > 0 && covariance > 0
                ? bound(levelVariance / covariance, MIN_STRETCH, 1 / MIN_STRETCH) : 1;
        double t = oldB - s * newB;
        for (int i = 0; i < items.size(); i++) {
            if (free[i] && items.get(i).area().equals(area)) {
                ItemParameters p = current[i];
                current[i] = new ItemParameters(
                        bound(p.discrimination() / s, settings.minDiscrimination(), settings.maxDiscrimination()),
                        bound(s * p.difficulty() + t, settings.minDifficulty(), settings.maxDifficulty()),
                        p.guessing());
            }
        }
        Estimate distribution = population.get(area);
        if (distribution != null) {
            population.put(area, new Estimate(s * distribution.mean() + t, s * distribution.sd()));
        }
    }

    private boolean inside(ItemParameters p) {
        double margin = 1e-6;
        return p.discrimination() > settings.minDiscrimination() * (1 + margin)
                && p.discrimination() < settings.maxDiscrimination() * (1 - margin)
                && p.difficulty() > settings.minDifficulty() + margin
                && p.difficulty() < settings.maxDifficulty() - margin;
    }

    private static double bound(double x, double low, double high) {
        return Math.min(Math.max(x, low), high);
    }
}
