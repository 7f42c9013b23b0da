package be.epn.campus.placement.calibration;

import java.util.Locale;
import java.util.Objects;

/**
 * Something a coordinator should look at in one item.
 *
 * @param itemId the item
 * @param code   what is wrong
 * @param value  the figure that triggered it (see {@link Code})
 * @param limit  the limit it crossed
 */
public record ItemProblem(String itemId, Code code, double value, double limit) {

    public enum Code {
        /** value: answers; limit: the minimum. The item keeps its parameters. */
        NOT_ENOUGH_ANSWERS,
        /**
         * value: item-rest correlation, limit: its minimum (flagged when the correlation is below it beyond
         * sampling noise); or value: a at its lower bound, limit: that bound.
         */
        NEGATIVE_OR_LOW_DISCRIMINATION,
        /** value: new b; limit: the cut of the item's level minus the tolerance. */
        TOO_EASY,
        /** value: new b; limit: the cut of the item's level plus the tolerance. */
        TOO_HARD,
        /** value: answers, all right; limit: 0. */
        ALL_RIGHT,
        /** value: answers, all wrong; limit: 0. */
        ALL_WRONG,
        /** value: the infit or outfit mean square outside the range; limit: the bound it crossed. */
        POOR_FIT
    }

    public ItemProblem {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(code, "code");
    }

    /** One line for a report, in English (the coordinator page translates the code, not this). */
    public String describe() {
        return String.format(Locale.ROOT, "%s: %s (%.3f, limit %.3f)", itemId, code, value, limit);
    }
}
