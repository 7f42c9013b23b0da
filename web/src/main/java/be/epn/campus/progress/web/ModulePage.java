package be.epn.campus.progress.web;

import be.epn.campus.curriculum.service.ModuleCatalog;
import be.epn.campus.curriculum.service.ModuleSummary;
import be.epn.campus.curriculum.source.Activity;
import be.epn.campus.curriculum.source.ModuleDefinition;
import be.epn.campus.platform.web.Actions;
import be.epn.campus.progress.model.ActivityState;
import be.epn.campus.progress.model.ModuleState;
import be.epn.campus.progress.service.Learning;
import be.epn.campus.progress.service.LearnerPath;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.Param;
import jakarta.inject.Inject;
import org.omnifaces.util.Faces;

/** One module ({@code /learn/module.xhtml?m=...}): what it brings, its activities in order with their state. */
@Named
@RequestScoped
public class ModulePage {

    @EJB
    ModuleCatalog catalog;

    @EJB
    Learning learning;

    @Inject
    @Param(name = "m")
    String key;

    private ModuleDefinition definition;
    private ModuleSummary summary;
    private LearnerPath.ModuleStep step;

    public void load() {
        definition = key == null ? null : catalog.definition(key).orElse(null);
        if (definition == null) {
            Faces.responseSendError(404, "");
            return;
        }
        summary = catalog.summary(key).orElseThrow();
        step = Actions.get(learning::myPath).flatMap(p -> p.modules().stream().filter(m -> m.key().equals(key)).findFirst())
                .orElse(null);
    }

    public ModuleDefinition getDefinition() {
        return definition;
    }

    public ModuleSummary getSummary() {
        return summary;
    }

    public LearnerPath.ModuleStep getStep() {
        return step;
    }

    public List<Activity> getActivities() {
        return definition.activities();
    }

    /** The state word of an activity for this learner: "todo" when never opened. */
    public String state(Activity activity) {
        Map<String, ActivityState> states = step == null ? Map.of() : step.activities();
        ActivityState state = states.get(activity.id());
        return state == null ? "TODO" : state.name();
    }

    public boolean isCompleted() {
        return step != null && step.state() == ModuleState.COMPLETED;
    }

    /** The page of an activity: quizzes have their own. */
    public String link(Activity activity) {
        String page = activity instanceof Activity.Quiz ? "quiz.xhtml" : "activity.xhtml";
        return Faces.getRequestContextPath() + "/learn/" + page + "?m=" + key + "&a=" + activity.id();
    }
}
