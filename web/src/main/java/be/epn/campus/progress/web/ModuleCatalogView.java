package be.epn.campus.progress.web;

import be.epn.campus.curriculum.service.ModuleCatalog;
import be.epn.campus.curriculum.service.ModuleSearchResult;
import be.epn.campus.curriculum.service.ModuleSummary;
import be.epn.campus.training.service.TrainingTrack;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.util.Faces;

/** The module catalogue ({@code /modules/}), with the full-text search across lessons, questions and documents. */
@Named
@RequestScoped
public class ModuleCatalogView {

    @EJB
    ModuleCatalog catalog;

    @Inject
    TrainingTrack track;

    private List<ModuleSummary> modules;
    private List<ModuleSearchResult> results;

    public List<ModuleSummary> getModules() {
        if (modules == null) {
            modules = catalog.all();
        }
        return modules;
    }

    /**
     * Whether a module is continuing education for animateurs: said on its card, since its competence codes
     * (5.1, 5.2...) read like a learner's DigComp ones.
     */
    public boolean forAnimateurs(ModuleSummary module) {
        return track.isTrack(module.framework());
    }

    public String getQuery() {
        String q = Faces.getRequestParameter("q");
        return q == null || q.isBlank() || q.length() > 200 ? null : q.strip();
    }

    /** The search results for {@code ?q=}, or null without a query. */
    public List<ModuleSearchResult> getResults() {
        if (results == null && getQuery() != null) {
            results = catalog.search(getQuery());
        }
        return results;
    }
}
