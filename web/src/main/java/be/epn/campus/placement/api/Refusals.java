package be.epn.campus.placement.api;

import be.epn.campus.platform.api.ApiError;
import be.epn.campus.platform.api.ApiException;
import be.epn.campus.platform.errors.RefusedException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The placement services' refusals as API errors: 422 with the rule's key as the error code, as for every
 * refusal of the API, and here a sentence that tells a client developer what to do about it.
 */
final class Refusals {

    private static final Map<String, String> SENTENCES = Map.of(
            "placement.refused.answer", "This response does not fit the item: see the item's responseFormat.",
            "placement.refused.notCurrent", "This is not the item to answer now: fetch the next item.",
            "placement.refused.finished", "This placement is finished: read its result.",
            "placement.refused.planHasModule", "The plan already holds this module.",
            "placement.refused.noPlan", "The learner has no learning plan yet.",
            "placement.refused.notInPlan", "This module is not in the plan.",
            "placement.refused.move", "This module cannot move that way: by is -1 (earlier) or 1 (later).",
            "placement.refused.noModule", "There is no module with this key.");

    private Refusals() {
    }

    static <T> T worded(Supplier<T> call) {
        try {
            return call.get();
        } catch (RefusedException refused) {
            throw new ApiException(new ApiError(422, refused.key(),
                    SENTENCES.getOrDefault(refused.key(), ApiError.sentenceFor(422))));
        }
    }
}
