package be.epn.campus.placement.api;

import be.epn.campus.platform.api.ApiException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON bodies the placement API accepts. A resource takes the body as text and reads it here, after the
 * service has said who may act: a body of the wrong type or shape must not answer 415 or 400 where the caller
 * should get 403, nor tell a stranger that a placement exists.
 */
public final class Requests {

    private static final Jsonb JSON = JsonbBuilder.create();

    private Requests() {
    }

    @Schema(name = "PlacementStart", description = "The gentle start's answers; learner only for staff (assisted mode)")
    public record Start(Boolean usedComputer, Boolean usedSmartphone, Boolean usedEmail,
                        @Schema(description = "The learner beside whom staff run the placement") UUID learner) {
    }

    @Schema(name = "PlacementAnswer")
    public record Answer(@Schema(description = "The key of the current item", required = true) String item,
                         @Schema(description = "The response, in the format the item states", required = true) String response) {
    }

    @Schema(name = "PlanStepAddition")
    public record Step(@Schema(description = "The key of the module to add", required = true) String module) {
    }

    /**
     * The body read as {@code type}; empty for an empty body (every field absent).
     *
     * @throws ApiException 400 for a body that is not such a JSON object
     */
    public static <T> Optional<T> read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(JSON.fromJson(body, type));
        } catch (JsonbException e) {
            throw malformed();
        }
    }

    /**
     * The body read as {@code type}, {@code empty} for an empty body. When the body is malformed,
     * {@code whoMayAct} runs first (a service call that checks the caller and changes nothing), so that a caller
     * who may not act is told 403 or 404 rather than what is wrong with the body.
     *
     * @throws ApiException 400 for a malformed body that the caller may send
     */
    public static <T> T read(String body, Class<T> type, T empty, Runnable whoMayAct) {
        try {
            return read(body, type).orElse(empty);
        } catch (ApiException malformed) {
            whoMayAct.run();
            throw malformed;
        }
    }

    public static ApiException malformed() {
        return ApiException.badRequest("The body must be a JSON object as described at /openapi.");
    }
}
