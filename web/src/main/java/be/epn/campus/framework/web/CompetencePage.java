package be.epn.campus.framework.web;

import be.epn.campus.framework.model.Competence;
import be.epn.campus.framework.model.Framework;
import be.epn.campus.framework.service.FrameworkCatalog;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * One competence with the levels at which it can be mastered, and its neighbours in the framework for
 * reading it from start to end ({@code /framework/competence.xhtml?id=digcomp-2.2&code=1.1}).
 */
@Named
@RequestScoped
public class CompetencePage {

    @EJB
    FrameworkCatalog catalog;

    @Inject
    @Param(name = "id")
    String id;

    @Inject
    @Param(name = "code")
    String code;

    private Framework framework;
    private Competence competence;

    public void load() throws IOException {
        framework = id == null ? null : catalog.framework(id).orElse(null);
        competence = framework == null || code == null ? null : framework.competence(code).orElse(null);
        if (competence == null) {
            Faces.responseSendError(404, "No such competence");
        }
    }

    public Framework getFramework() {
        return framework;
    }

    public Competence getCompetence() {
        return competence;
    }

    public Competence getPrevious() {
        return neighbour(-1);
    }

    public Competence getNext() {
        return neighbour(1);
    }

    private Competence neighbour(int step) {
        List<Competence> all = framework.getCompetences();
        int index = all.indexOf(competence) + step;
        return index >= 0 && index < all.size() ? all.get(index) : null;
    }
}
