package be.epn.campus.progress.web;

import be.epn.campus.curriculum.service.ModuleCatalog;
import be.epn.campus.curriculum.source.Activity;
import be.epn.campus.platform.web.Actions;
import be.epn.campus.progress.model.ActivityState;
import be.epn.campus.progress.model.Autonomy;
import be.epn.campus.progress.model.ModuleState;
import be.epn.campus.progress.service.LearnerPath;
import be.epn.campus.progress.service.Learning;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.omnifaces.util.Faces;

/**
 * One learner's progress as the animateur sees it ({@code /desk/progress-learner.xhtml?id=...}): modules and
 * their state, where things happened, the competence profile with its evidence, and the practical tasks to
 * attest, with the autonomy seen.
 */
@Named
@ViewScoped
public class LearnerProgressPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Learning learning;

    @EJB
    transient ModuleCatalog catalog;

    private UUID id;
    private LearnerPath path;

    public void load() {
        if (path != null) {
            return;
        }
        Actions.recordId(Faces.getRequestParameter("id")).ifPresent(uuid -> {
            id = uuid;
            path = Actions.get(() -> learning.pathOf(uuid)).orElse(null);
        });
    }

    public LearnerPath getPath() {
        return path;
    }

    /** The practical tasks of the modules the learner has begun, with their state. */
    public List<TaskLine> getTasks() {
        List<TaskLine> tasks = new ArrayList<>();
        for (LearnerPath.ModuleStep step : path.modules()) {
            if (step.state() == ModuleState.NOT_STARTED) {
                continue;
            }
            catalog.definition(step.key()).ifPresent(module -> module.activities().stream()
                    .filter(Activity.Task.class::isInstance).map(Activity.Task.class::cast)
                    .forEach(task -> tasks.add(new TaskLine(step.key(), step.title(), task,
                            step.activities().get(task.id())))));
        }
        return tasks;
    }

    public record TaskLine(String module, be.epn.campus.platform.LocalizedText moduleTitle, Activity.Task task, ActivityState state) {

        public boolean isAttested() {
            return state == ActivityState.ATTESTED;
        }
    }

    public void attest(TaskLine line, String autonomy) throws IOException {
        if (Actions.run(() -> learning.attest(id, line.module(), line.task().id(), Autonomy.valueOf(autonomy),
                ComputerCookie.token(Faces.getRequest())))) {
            Faces.getFlash().put("attested", Boolean.TRUE);
            Faces.redirect(Faces.getRequestContextPath() + "/desk/progress-learner.xhtml?id=" + id);
        }
    }
}
