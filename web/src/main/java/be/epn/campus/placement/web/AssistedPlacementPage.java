package be.epn.campus.placement.web;

import be.epn.campus.placement.model.PlacementSession.StartAnswers;
import be.epn.campus.placement.service.PlacementState;
import be.epn.campus.platform.web.Actions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.UUID;
import org.omnifaces.util.Faces;

/**
 * The placement run by an animateur beside a learner who cannot yet use the mouse
 * ({@code /desk/placement-run.xhtml?learner=...}). The service marks every answer given here "with help"
 * because the caller is staff; the page says so on every screen.
 */
@Named
@ViewScoped
public class AssistedPlacementPage extends PlacementRun {

    private static final long serialVersionUID = 1L;

    private UUID learner;

    @Override
    public void load() {
        if (learner == null) {
            learner = Actions.recordId(Faces.getRequestParameter("learner")).orElse(null);
        }
        if (learner != null) {
            super.load();
        }
    }

    @Override
    protected Optional<PlacementState> latest() {
        return placements.latestOf(learner);
    }

    @Override
    protected PlacementState start(StartAnswers answers, String deviceToken) {
        return placements.startFor(learner, answers, deviceToken);
    }

    @Override
    protected String address() {
        return "/desk/placement-run.xhtml?learner=" + learner;
    }

    public UUID getLearner() {
        return learner;
    }
}
