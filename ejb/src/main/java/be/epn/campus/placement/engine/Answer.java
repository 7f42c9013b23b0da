package be.epn.campus.placement.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * One answer, as saved before the next item is shown: the engine's whole state is rebuilt from these.
 *
 * @param itemId  the item answered
 * @param correct whether the answer was right
 * @param elapsed the time spent in the placement so far, when the answer was given (pauses excluded, if the
 *                caller so decides: the engine never reads a clock)
 */
public record Answer(String itemId, boolean correct, Duration elapsed) {

    public Answer {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(elapsed, "elapsed");
        if (elapsed.isNegative()) {
            throw new IllegalArgumentException("elapsed time cannot be negative: " + elapsed);
        }
    }
}
