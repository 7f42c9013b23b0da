package be.epn.campus.placement.api;

import be.epn.campus.placement.service.PlacementState;
import java.time.LocalDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A placement's progress. No level while it runs: estimates that move after each answer would tell the learner
 * whether the answer was right, which the placement deliberately does not (see {@link PlacementState}); the
 * levels are in the result once it is finished.
 */
@Schema(name = "Placement", description = "A placement's progress; the levels are in its result once finished")
public record PlacementDto(
        long id,
        UUID learner,
        String learnerName,
        @Schema(description = "No more items: the result is final") boolean finished,
        @Schema(description = "Finished at once: a true beginner gets the starter path instead of a test") boolean starterPath,
        @Schema(description = "The caller is staff answering beside the learner: answers are recorded as given with help")
        boolean assisted,
        @Schema(description = "The answer sent had already been recorded (double submission): nothing changed")
        boolean repeated,
        int answered,
        int maxItems,
        int percentDone,
        long elapsedSeconds,
        long timeBudgetSeconds,
        @Schema(description = "Key of the item to answer now; absent once finished") String currentItem,
        LocalDateTime startedAt,
        String startedAtEpn,
        LocalDateTime finishedAt,
        String finishedAtEpn) {

    static PlacementDto of(PlacementState s) {
        return new PlacementDto(s.id(), s.learner(), s.learnerName(), s.finished(), s.starterPath(), s.assisted(), s.repeated(),
                s.answered(), s.maxItems(), s.percentDone(), s.elapsed().getSeconds(), s.timeBudget().getSeconds(),
                s.current() == null ? null : s.current().key(), s.startedAt(), s.startedAtEpn(), s.finishedAt(), s.finishedAtEpn());
    }
}
