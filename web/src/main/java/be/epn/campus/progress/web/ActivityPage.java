package be.epn.campus.progress.web;

import be.epn.campus.curriculum.service.ModuleCatalog;
import be.epn.campus.curriculum.source.Activity;
import be.epn.campus.curriculum.source.ModuleDefinition;
import be.epn.campus.platform.web.Actions;
import be.epn.campus.platform.web.CurrentLanguage;
import be.epn.campus.progress.service.Learning;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * A lesson, a resource, a link or a practical task ({@code /learn/activity.xhtml?m=...&a=...}). Opening a
 * lesson, resource or link completes it; a task shows its steps and waits for the animateur's attestation.
 */
@Named
@RequestScoped
public class ActivityPage {

    @EJB
    ModuleCatalog catalog;

    @EJB
    Learning learning;

    @Inject
    CurrentLanguage language;

    @Inject
    @Param(name = "m")
    String moduleKey;

    @Inject
    @Param(name = "a")
    String activityKey;

    private ModuleDefinition module;
    private Activity activity;

    public void load() {
        module = moduleKey == null ? null : catalog.definition(moduleKey).orElse(null);
        activity = module == null ? null : module.activities().stream().filter(a -> a.id().equals(activityKey))
                .filter(a -> !(a instanceof Activity.Quiz)).findFirst().orElse(null);
        if (activity == null) {
            Faces.responseSendError(404, "");
            return;
        }
        Actions.run(() -> learning.opened(moduleKey, activityKey, ComputerCookie.token(Faces.getRequest())));
    }

    public ModuleDefinition getModule() {
        return module;
    }

    public Activity getActivity() {
        return activity;
    }

    public String getKind() {
        return activity.kind();
    }

    /** The lesson in the page's language, as safe HTML. */
    public String getLessonHtml() {
        return activity instanceof Activity.Lesson lesson
                ? LessonText.html(lesson.markdown().in(language.getCurrent()), filesBase()) : "";
    }

    /** The address of the resource file in the page's language. */
    public String getResourceUrl() {
        return activity instanceof Activity.Resource resource ? filesBase() + resource.files().in(language.getCurrent()) : null;
    }

    /** The task's steps, one per line. */
    public String[] getSteps() {
        return activity instanceof Activity.Task task ? task.instructions().in(language.getCurrent()).split("\\R") : new String[0];
    }

    /** The next activity of the module, to go on without returning to the list. */
    public Activity getNext() {
        int index = module.activities().indexOf(activity);
        return index + 1 < module.activities().size() ? module.activities().get(index + 1) : null;
    }

    public String link(Activity next) {
        String page = next instanceof Activity.Quiz ? "quiz.xhtml" : "activity.xhtml";
        return Faces.getRequestContextPath() + "/learn/" + page + "?m=" + moduleKey + "&a=" + next.id();
    }

    private String filesBase() {
        return Faces.getRequestContextPath() + "/api/modules/" + moduleKey + "/file?path=";
    }
}
