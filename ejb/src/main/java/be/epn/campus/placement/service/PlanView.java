package be.epn.campus.placement.service;

import be.epn.campus.platform.LocalizedText;
import be.epn.campus.placement.model.PlanStep;
import be.epn.campus.progress.model.ModuleState;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A learning plan as pages and the API show it.
 *
 * @param placementId the placement it was proposed from, or null when an animateur built it by hand
 * @param updatedBy   the animateur who last adjusted it, or null when it is as proposed
 */
public record PlanView(UUID learner, Long placementId, LocalDateTime updatedAt, String updatedBy, List<Step> steps) {

    public PlanView {
        steps = List.copyOf(steps);
    }

    /** One module of the plan, with where the learner stands in it. */
    public record Step(int position, String moduleKey, LocalizedText title, PlanStep.Reason reason, ModuleState state,
                       int durationMinutes) {
    }
}
