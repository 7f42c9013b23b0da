package be.epn.campus.framework.web;

import be.epn.campus.framework.model.Framework;
import be.epn.campus.framework.service.FrameworkCatalog;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/** One framework: its areas, competences and levels ({@code /framework/view.xhtml?id=digcomp-2.2}). */
@Named
@RequestScoped
public class FrameworkPage {

    @EJB
    FrameworkCatalog catalog;

    @Inject
    @Param(name = "id")
    String id;

    private Framework framework;

    /** Loads the framework named in the address; an unknown one is a 404 like any missing page. */
    public void load() throws IOException {
        framework = id == null ? null : catalog.framework(id).orElse(null);
        if (framework == null) {
            Faces.responseSendError(404, "No such framework");
        }
    }

    public Framework getFramework() {
        return framework;
    }
}
