package be.epn.campus.certification.api;

import be.epn.campus.platform.api.RefusalSentences;
import java.util.Map;
import java.util.function.Supplier;

/** The certification services' refusals as API errors, each with a sentence for a client developer. */
final class Refusals {

    private static final Map<String, String> SENTENCES = Map.of(
            "certificate.refused.noType", "There is no certificate type with this id: see the learner's eligibility.",
            "certificate.refused.already", "The learner already holds this certificate.",
            "certificate.refused.missing", "The rule is not met: competences are still missing at the level.",
            "certificate.refused.notAlone", "The rule is not met: no piece of evidence was shown without help.",
            "certificate.refused.reason", "A reason is required, 5 to 500 characters.",
            "certificate.refused.revoked", "This certificate is already revoked.");

    private Refusals() {
    }

    static <T> T worded(Supplier<T> call) {
        return RefusalSentences.worded(SENTENCES, call);
    }
}
