package be.epn.campus.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date with the Flyway migrations in {@code db/migration} before anything
 * else starts. The same scripts serve MariaDB and the embedded H2 (which runs in MariaDB mode). Flyway
 * manages its own transactions, hence bean-managed transactions here.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/campus")
    private DataSource dataSource;

    private MigrateResult result;
    private String schemaVersion;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .load();
        result = flyway.migrate();
        MigrationInfo current = flyway.info().current();
        schemaVersion = current == null ? null : current.getVersion().getVersion();
        LOG.info(() -> "Database schema at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied now, " + result.database + ")");
    }

    /** The schema version after start-up, e.g. "1". */
    public String schemaVersion() {
        return schemaVersion;
    }

    public int migrationsExecutedAtStart() {
        return result == null ? 0 : result.migrationsExecuted;
    }
}
