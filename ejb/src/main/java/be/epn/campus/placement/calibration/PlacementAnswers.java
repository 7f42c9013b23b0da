package be.epn.campus.placement.calibration;

import java.util.List;
import java.util.Objects;

import be.epn.campus.placement.engine.Answer;

/**
 * The answers of one finished placement, as saved by the engine.
 *
 * @param placementKey identifies the placement in reports; not interpreted
 * @param answers      in the order given; answers to items no longer in the bank are ignored, and a second
 *                     answer to the same item is ignored as the engine ignores it
 */
public record PlacementAnswers(String placementKey, List<Answer> answers) {

    public PlacementAnswers {
        Objects.requireNonNull(placementKey, "placementKey");
        answers = List.copyOf(answers);
    }
}
