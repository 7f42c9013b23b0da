package be.epn.campus.placement.api;

import be.epn.campus.platform.Language;
import be.epn.campus.placement.model.PlanStep;
import be.epn.campus.placement.service.PlanView;
import be.epn.campus.progress.model.ModuleState;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A learner's learning plan: the modules to take, in order, with where the learner stands in each. */
@Schema(name = "LearningPlan")
public record PlanDto(
        UUID learner,
        @Schema(description = "The placement it was proposed from; absent when an animateur built it by hand") Long placement,
        LocalDateTime updatedAt,
        @Schema(description = "The animateur who last adjusted it; absent when it is as proposed") String updatedBy,
        List<Step> steps) {

    @Schema(name = "LearningPlanStep")
    public record Step(int position, String module, String title, PlanStep.Reason reason, ModuleState state, int durationMinutes) {
    }

    static PlanDto of(PlanView plan, Language language) {
        return new PlanDto(plan.learner(), plan.placementId(), plan.updatedAt(), plan.updatedBy(), plan.steps().stream()
                .map(s -> new Step(s.position(), s.moduleKey(), s.title() == null ? null : s.title().in(language), s.reason(),
                        s.state(), s.durationMinutes()))
                .toList());
    }
}
