package be.epn.campus.framework.web;

import be.epn.campus.framework.model.Framework;
import be.epn.campus.framework.service.FrameworkCatalog;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The list of competence frameworks ({@code /framework/}). */
@Named
@RequestScoped
public class FrameworkList {

    @EJB
    FrameworkCatalog catalog;

    private List<Framework> frameworks;

    /** Each framework with its elements, so the list can show their counts. */
    public List<Framework> getFrameworks() {
        if (frameworks == null) {
            frameworks = catalog.frameworks().stream()
                    .map(f -> catalog.framework(f.getKey()).orElse(f))
                    .toList();
        }
        return frameworks;
    }
}
