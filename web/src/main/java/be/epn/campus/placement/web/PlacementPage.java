package be.epn.campus.placement.web;

import be.epn.campus.placement.model.PlacementSession.StartAnswers;
import be.epn.campus.placement.service.LearningPlans;
import be.epn.campus.placement.service.PlacementState;
import be.epn.campus.placement.service.PlanView;
import be.epn.campus.platform.web.Actions;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.Optional;

/** The learner's own placement ({@code /learn/placement.xhtml}): gentle start, items, then result and plan. */
@Named
@ViewScoped
public class PlacementPage extends PlacementRun {

    private static final long serialVersionUID = 1L;

    @EJB
    transient LearningPlans plans;

    private PlanView plan;
    private boolean planRead;

    @Override
    protected Optional<PlacementState> latest() {
        return placements.mine();
    }

    @Override
    protected PlacementState start(StartAnswers answers, String deviceToken) {
        return placements.start(answers, deviceToken);
    }

    @Override
    protected String address() {
        return "/learn/placement.xhtml";
    }

    /** The learning plan, as the animateur may have adjusted it since the placement. */
    public PlanView getPlan() {
        if (!planRead && isFinished()) {
            planRead = true;
            plan = Actions.get(plans::mine).flatMap(p -> p).orElse(null);
        }
        return plan;
    }
}
