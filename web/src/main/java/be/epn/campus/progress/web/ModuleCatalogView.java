package be.epn.campus.progress.web;

import be.epn.campus.curriculum.service.ModuleCatalog;
import be.epn.campus.curriculum.service.ModuleSearchResult;
import be.epn.campus.curriculum.service.ModuleSummary;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.util.Faces;

/** The module catalogue ({@code /modules/}), with the full-text search across lessons, questions and documents. */
@Named
@RequestScoped
public class ModuleCatalogView {

    @EJB
    ModuleCatalog catalog;

    private List<ModuleSummary> modules;
    private List<ModuleSearchResult> results;

    public List<ModuleSummary> getModules() {
        if (modules == null) {
            modules = catalog.all();
        }
        return modules;
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
