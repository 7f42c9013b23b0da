package be.epn.campus.placement.calibration;

import java.util.ArrayList;
import java.util.List;

import be.epn.campus.placement.engine.Item;
import be.epn.campus.placement.engine.ItemParameters;
import be.epn.campus.placement.engine.LevelScale;

/** Turns one item's figures into the problems a coordinator should look at. */
final class ItemReview {

    private final CalibrationSettings settings;
    private final LevelScale scale;

    ItemReview(CalibrationSettings settings, LevelScale scale) {
        this.settings = settings;
        this.scale = scale;
    }

    List<ItemProblem> problems(Item item, ItemParameters after, int answers, int right, double restCorrelation,
                               double infit, double outfit) {
        List<ItemProblem> problems = new ArrayList<>();
        String id = item.id();
        if (answers < settings.minimumAnswers()) {
            // Figures from a handful of answers would be noise: this is the only thing worth saying.
            problems.add(new ItemProblem(id, ItemProblem.Code.NOT_ENOUGH_ANSWERS, answers, settings.minimumAnswers()));
            return problems;
        }
        boolean alike = right == 0 || right == answers;
        if (right == answers) {
            problems.add(new ItemProblem(id, ItemProblem.Code.ALL_RIGHT, answers, 0));
        } else if (right == 0) {
            problems.add(new ItemProblem(id, ItemProblem.Code.ALL_WRONG, answers, 0));
        }
        // Answers all alike have no correlation nor fit to speak of; the code above already says it all.
        if (!alike && upperBound(restCorrelation, answers) < settings.minRestCorrelation()) {
            problems.add(new ItemProblem(id, ItemProblem.Code.NEGATIVE_OR_LOW_DISCRIMINATION, restCorrelation,
                    settings.minRestCorrelation()));
        } else if (!alike && after.discrimination() <= settings.minDiscrimination() * (1 + 1e-6)) {
            problems.add(new ItemProblem(id, ItemProblem.Code.NEGATIVE_OR_LOW_DISCRIMINATION, after.discrimination(),
                    settings.minDiscrimination()));
        }
        double cut = scale.cut(item.level());
        if (after.difficulty() < cut - settings.levelTolerance()) {
            problems.add(new ItemProblem(id, ItemProblem.Code.TOO_EASY, after.difficulty(),
                    cut - settings.levelTolerance()));
        } else if (after.difficulty() > cut + settings.levelTolerance()) {
            problems.add(new ItemProblem(id, ItemProblem.Code.TOO_HARD, after.difficulty(),
                    cut + settings.levelTolerance()));
        }
        if (!alike) {
            fit(id, infit, problems);
            fit(id, outfit, problems);
        }
        return problems;
    }

    /**
     * The one-sided 95 % upper confidence bound of a correlation (Fisher's z). An adaptive placement shows an item
     * to learners near its difficulty, whose abilities hardly differ, and estimates each from five or six other
     * answers: sound items have rest correlations of only 0.1 to 0.4 and, with 50 answers, a standard error near
     * 0.14. Comparing the bare correlation with 0.1 flagged one sound item in seven (CalibrationSimulation); an
     * item is flagged when its correlation is below 0.1 beyond sampling noise.
     */
    static double upperBound(double correlation, int answers) {
        double r = Math.min(Math.max(correlation, -0.999999), 0.999999);
        return Math.tanh(atanh(r) + 1.645 / Math.sqrt(Math.max(answers - 3, 1)));
    }

    private static double atanh(double r) {
        return 0.5 * Math.log((1 + r) / (1 - r));
    }

    private void fit(String id, double meanSquare, List<ItemProblem> problems) {
        if (meanSquare < settings.minFit()) {
            problems.add(new ItemProblem(id, ItemProblem.Code.POOR_FIT, meanSquare, settings.minFit()));
        } else if (meanSquare > settings.maxFit()) {
            problems.add(new ItemProblem(id, ItemProblem.Code.POOR_FIT, meanSquare, settings.maxFit()));
        }
    }
}
