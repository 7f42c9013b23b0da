package be.epn.campus.placement.calibration;

import java.util.List;
import java.util.Objects;

import be.epn.campus.placement.engine.Item;
import be.epn.campus.placement.engine.ItemParameters;

/**
 * What the calibration found for one item. Statistics that the answers cannot define (no answers, all answers
 * alike) are given neutral values, never NaN: share right 0, rest correlation 0, mean squares 1.
 *
 * @param item            the item as it was in the bank (with its old parameters)
 * @param after           its parameters after calibration: the old ones when it was not re-estimated
 * @param reestimated     whether it had enough answers to be re-estimated
 * @param answers         how many placements answered it
 * @param shareRight      the share of those answers that were right
 * @param restCorrelation point-biserial correlation of the answer with the ability estimated from the placement's
 *                        other answers in the area (the adaptive form of the item-rest correlation)
 * @param infit           information-weighted mean square of the residuals (about 1 when the model fits)
 * @param outfit          unweighted mean square of the standardised residuals (sensitive to surprising answers)
 * @param problems        what a coordinator should look at; empty when the item behaves
 */
public record ItemCalibration(Item item, ItemParameters after, boolean reestimated, int answers, double shareRight,
                              double restCorrelation, double infit, double outfit, List<ItemProblem> problems) {

    public ItemCalibration {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(after, "after");
        problems = List.copyOf(problems);
    }

    public String itemId() {
        return item.id();
    }

    public ItemParameters before() {
        return item.parameters();
    }

    public boolean has(ItemProblem.Code code) {
        return problems.stream().anyMatch(problem -> problem.code() == code);
    }
}
