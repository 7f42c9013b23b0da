package be.epn.campus.placement.web;

import be.epn.campus.curriculum.service.ModuleCatalog;
import be.epn.campus.curriculum.service.ModuleSummary;
import be.epn.campus.placement.service.LearningPlans;
import be.epn.campus.placement.service.PlacementState;
import be.epn.campus.placement.service.Placements;
import be.epn.campus.placement.service.PlanView;
import be.epn.campus.platform.web.Actions;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;

/**
 * A learner's placement and learning plan as the animateur sees them ({@code /desk/placement.xhtml?learner=...}):
 * levels per area and competence (with help marked, where and when), and the plan, which the animateur adjusts
 * (add, remove, move up or down). The service checks that the animateur may see this learner.
 */
@Named
@ViewScoped
public class DeskPlacementPage implements Serializable {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private static final long serialVersionUID = 1L;
    private static final String CHANGED = "planChanged";

    @EJB
    transient Placements placements;

    @EJB
    transient LearningPlans plans;

    @EJB
    transient ModuleCatalog catalog;

    private UUID learner;
    private boolean allowed;
    private PlacementState state;
    private PlanView plan;
    private String moduleToAdd;
    private transient List<ModuleSummary> addable;

    public void load() {
        if (learner != null) {
            return;
        }
        learner = Actions.recordId(Faces.getRequestParameter("learner")).orElse(null);
        if (learner != null) {
            allowed = Actions.run(() -> {
                state = placements.latestOf(learner).orElse(null);
                plan = plans.of(learner).orElse(null);
            });
        }
    }

    public void add() throws IOException {
        change(() -> plans.add(learner, moduleToAdd));
    }

    public void remove(PlanView.Step step) throws IOException {
        change(() -> plans.remove(learner, step.moduleKey()));
    }

    public void up(PlanView.Step step) throws IOException {
        change(() -> plans.move(learner, step.moduleKey(), -1));
    }

    public void down(PlanView.Step step) throws IOException {
        change(() -> plans.move(learner, step.moduleKey(), 1));
    }

    /** Saves a change of the plan, then shows the page again as saved (a reload posts nothing twice). */
    private void change(Supplier<PlanView> call) throws IOException {
        if (Actions.get(call).isPresent()) {
            Faces.getFlash().put(CHANGED, Boolean.TRUE);
            Faces.redirect(Faces.getRequestContextPath() + "/desk/placement.xhtml?learner=" + learner);
        }
    }

    public boolean isAllowed() {
        return allowed;
    }

    public boolean isChanged() {
        return Boolean.TRUE.equals(Faces.getFlash().get(CHANGED));
    }

    public UUID getLearner() {
        return learner;
    }

    public PlacementState getState() {
        return state;
    }

    /** When the placement started, in Brussels time (the database keeps UTC). */
    public String getStartedAt() {
        return state == null ? "" : brussels(state.startedAt());
    }

    /** When it finished, in Brussels time; empty while it runs. */
    public String getFinishedAt() {
        return state == null || state.finishedAt() == null ? "" : brussels(state.finishedAt());
    }

    private static String brussels(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(BRUSSELS).format(WHEN);
    }

    public PlanView getPlan() {
        return plan;
    }

    /** The modules that could be added: every module loaded that the plan does not hold yet. */
    public List<ModuleSummary> getModules() {
        if (addable == null) {
            Set<String> planned = plan == null ? Set.of()
                    : plan.steps().stream().map(PlanView.Step::moduleKey).collect(Collectors.toSet());
            addable = catalog.all().stream().filter(m -> !planned.contains(m.key())).toList();
        }
        return addable;
    }

    public String getModuleToAdd() {
        return moduleToAdd;
    }

    public void setModuleToAdd(String moduleToAdd) {
        this.moduleToAdd = moduleToAdd;
    }
}
