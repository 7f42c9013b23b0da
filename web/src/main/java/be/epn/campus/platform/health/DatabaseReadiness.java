package be.epn.campus.platform.health;

import be.epn.campus.platform.DatabaseMigration;
import be.epn.campus.platform.DatabaseStatus;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the database answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @EJB
    DatabaseStatus database;

    @EJB
    DatabaseMigration migration;

    @Override
    public HealthCheckResponse call() {
        boolean reachable = database.reachable();
        return HealthCheckResponse.named("database")
                .status(reachable)
                .withData("schemaVersion", String.valueOf(migration.schemaVersion()))
                .build();
    }
}
