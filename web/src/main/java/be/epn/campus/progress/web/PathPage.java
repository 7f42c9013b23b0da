package be.epn.campus.progress.web;

import be.epn.campus.placement.service.LearningPlans;
import be.epn.campus.placement.service.PlacementState;
import be.epn.campus.placement.service.Placements;
import be.epn.campus.placement.service.PlanView;
import be.epn.campus.platform.web.Actions;
import be.epn.campus.progress.model.ModuleState;
import be.epn.campus.progress.service.LearnerPath;
import be.epn.campus.progress.service.Learning;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * "My path" ({@code /learn/}): the next step first, then the placement and the learning plan, the modules, the
 * competences reached, the EPNs.
 */
@Named
@RequestScoped
public class PathPage {

    @EJB
    Learning learning;

    @EJB
    Placements placements;

    @EJB
    LearningPlans plans;

    private LearnerPath path;
    private PlacementState placement;
    private PlanView plan;

    public void load() {
        path = Actions.get(learning::myPath).orElse(null);
        if (path != null) {
            placement = Actions.get(placements::mine).flatMap(p -> p).orElse(null);
            plan = Actions.get(plans::mine).flatMap(p -> p).orElse(null);
        }
    }

    public LearnerPath getPath() {
        return path;
    }

    /**
     * The next step: with a learning plan, the first module of the plan not finished yet (the animateur's
     * advice comes first); without one, or once it is all done, the path's own choice.
     */
    public LearnerPath.ModuleStep getNext() {
        if (plan != null) {
            for (PlanView.Step step : plan.steps()) {
                if (step.state() != ModuleState.COMPLETED) {
                    var module = path.modules().stream().filter(m -> m.key().equals(step.moduleKey())).findFirst();
                    if (module.isPresent()) {
                        return module.get();
                    }
                }
            }
        }
        return path.next();
    }

    /** The learner's running or last placement, or null. */
    public PlacementState getPlacement() {
        return placement;
    }

    public PlanView getPlan() {
        return plan;
    }

    /** The competence picture: one bar per competence, its height the level reached out of 8. */
    public int barHeight(int level) {
        return Math.max(4, level * 12);
    }
}
