package be.epn.campus.progress.web;

import be.epn.campus.platform.web.Actions;
import be.epn.campus.progress.service.Learning;
import be.epn.campus.progress.service.LearnerPath;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** "My path" ({@code /learn/}): the next step first, then the modules, the competences reached, the EPNs. */
@Named
@RequestScoped
public class PathPage {

    @EJB
    Learning learning;

    private LearnerPath path;

    public void load() {
        path = Actions.get(learning::myPath).orElse(null);
    }

    public LearnerPath getPath() {
        return path;
    }

    /** The competence picture: one bar per competence, its height the level reached out of 8. */
    public int barHeight(int level) {
        return Math.max(4, level * 12);
    }
}
