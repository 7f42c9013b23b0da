package be.epn.campus.platform.health;

import be.epn.campus.framework.service.CurriculaLoader;
import be.epn.campus.framework.service.FileOutcome;
import be.epn.campus.framework.service.FrameworkCatalog;
import be.epn.campus.framework.service.LoadReport;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when at least one competence framework is loaded: without one, nothing of the platform
 * (placement, progress, certificates) can work. Files refused at the last load are reported in the data
 * but do not make the platform unready: the version loaded before is still served.
 */
@Readiness
@ApplicationScoped
public class FrameworkReadiness implements HealthCheck {

    @EJB
    FrameworkCatalog catalog;

    @EJB
    CurriculaLoader loader;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("competence-frameworks");
        long frameworks;
        try {
            frameworks = catalog.frameworkCount();
        } catch (RuntimeException e) {
            return response.down().withData("frameworks", "unknown: database not reachable").build();
        }
        response.status(frameworks > 0).withData("frameworks", frameworks);
        LoadReport report = loader.lastReport();
        if (report != null) {
            response.withData("filesFailedAtLastLoad", report.count(FileOutcome.Status.FAILED));
        }
        return response.build();
    }
}
