package be.epn.campus.placement.api;

import be.epn.campus.placement.service.PlacementState;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A placement's result: the level per area and per competence with its uncertainty, and the learning plan
 * proposed from it. Empty levels while the placement runs (no feedback during the test, see {@link PlacementDto}).
 */
@Schema(name = "PlacementResult")
public record ResultDto(
        PlacementDto placement,
        @Schema(description = "The five DigComp areas; empty until finished and for the starter path") List<Level> areas,
        @Schema(description = "The competences measured; empty until finished") List<Level> competences,
        @Schema(description = "The learner's learning plan; absent until one is proposed") PlanDto plan) {

    /** A level and how sure it is. */
    @Schema(name = "PlacementLevel")
    public record Level(
            @Schema(description = "Area (\"1\") or competence (\"1.1\") code of DigComp 2.2") String code,
            @Schema(description = "DigComp proficiency level, 1 to 8") int level,
            @Schema(description = "Posterior standard deviation of the ability, in logits (one level is one logit wide)")
            double uncertainty,
            @Schema(description = "Probability that the learner is at this level") double probability,
            int itemsAsked,
            @Schema(description = "Some answers behind it were given with an animateur's help") boolean withHelp) {

        static Level of(PlacementState.Level l) {
            return new Level(l.code(), l.level(), round(l.uncertainty()), round(l.probability()), l.itemsAsked(), l.withHelp());
        }

        /** Three decimals: more would suggest a precision the estimate does not have. */
        private static double round(double value) {
            return Math.round(value * 1000) / 1000.0;
        }
    }

    static ResultDto of(PlacementState state, PlanDto plan) {
        boolean done = state.finished();
        return new ResultDto(PlacementDto.of(state),
                done ? state.areas().stream().map(Level::of).toList() : List.of(),
                done ? state.competences().stream().map(Level::of).toList() : List.of(),
                plan);
    }
}
