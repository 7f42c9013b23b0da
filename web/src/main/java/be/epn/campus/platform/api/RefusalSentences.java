package be.epn.campus.platform.api;

import be.epn.campus.platform.errors.RefusedException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A service's refusals as API errors: 422 with the rule's key as the error code, as for every refusal of the
 * API, and a sentence from the caller's table that tells a client developer what to do about it (the generic
 * sentence for a key the table lacks).
 */
public final class RefusalSentences {

    private RefusalSentences() {
    }

    public static <T> T worded(Map<String, String> sentences, Supplier<T> call) {
        try {
            return call.get();
        } catch (RefusedException refused) {
            throw new ApiException(new ApiError(422, refused.key(),
                    sentences.getOrDefault(refused.key(), ApiError.sentenceFor(422))));
        }
    }
}
