package be.epn.campus.placement.api;

import be.epn.campus.platform.api.RefusalSentences;
import java.util.Map;
import java.util.function.Supplier;

/** The placement services' refusals as API errors, each with a sentence for a client developer. */
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
        return RefusalSentences.worded(SENTENCES, call);
    }
}
