package be.epn.campus.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.framework.model.Competence;
import be.epn.campus.framework.model.Framework;
import be.epn.campus.framework.model.FrameworkMapping;
import be.epn.campus.framework.service.CurriculaLoader;
import be.epn.campus.framework.service.FileOutcome;
import be.epn.campus.framework.service.FrameworkCatalog;
import be.epn.campus.framework.service.FrameworkImporter;
import be.epn.campus.framework.service.LoadReport;
import be.epn.campus.it.CampusDeployments;
import be.epn.campus.platform.Language;
import be.epn.campus.platform.curricula.CurriculaTree;
import be.epn.campus.platform.curricula.CurriculumFile;
import be.epn.campus.platform.curricula.InvalidCurriculumException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.annotation.Resource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import javax.sql.DataSource;

/**
 * Loading competence frameworks into the real database, inside the real application on Payara: start-up
 * load, idempotence, updates in place, refusal of bad files without harm, versions side by side.
 */
@ExtendWith(ArquillianExtension.class)
class FrameworkLoadingIT {

    private static final String DIGCOMP_FILE = "frameworks/digcomp-2.2/framework.json";
    private static final List<String> TABLES = List.of(
            "framework", "proficiency_band", "proficiency_level", "competence_area", "competence");

    @Deployment
    static EnterpriseArchive deployment() {
        return CampusDeployments.earWith(FrameworkLoadingIT.class, FrameworkFixtures.class);
    }

    @EJB
    FrameworkCatalog catalog;

    @EJB
    FrameworkImporter importer;

    @EJB
    CurriculaLoader loader;

    /** Plain JDBC on the application's data source, to count rows as the database has them. */
    @Resource(lookup = "java:app/jdbc/campus")
    DataSource database;

    @Test
    void theDigCompFrameworkIsLoadedAtStartUp() {
        Framework digcomp = catalog.framework("digcomp-2.2").orElseThrow();

        assertEquals(5, digcomp.getAreas().size());
        assertEquals(21, digcomp.getCompetences().size());
        assertEquals(8, digcomp.getLevels().size());
        assertEquals(4, digcomp.getBands().size());
        assertEquals("Protecting personal data and privacy", digcomp.competence("4.2").orElseThrow().getTitle().raw(Language.EN));
        assertEquals("1.1", digcomp.getAreas().get(0).getCompetences().get(0).getCode());
    }

    @Test
    void theSchemaWasMadeByFlywayMigrations() {
        assertEquals(1, count("SELECT COUNT(*) FROM flyway_schema_history WHERE success = TRUE AND version = '1'"));
    }

    @Test
    void loadingTheSameCurriculaAgainWritesNothing() {
        Map<String, Long> before = rowCounts();
        Framework digcompBefore = catalog.framework("digcomp-2.2").orElseThrow();

        LoadReport report = loader.loadAll();

        assertEquals(FileOutcome.Status.UNCHANGED, outcomeOf(report, DIGCOMP_FILE).status());
        assertEquals(before, rowCounts());
        Framework digcompAfter = catalog.framework("digcomp-2.2").orElseThrow();
        assertEquals(digcompBefore.getLoadedAt(), digcompAfter.getLoadedAt());
        assertEquals(digcompBefore.getCompetences().get(0).getId(), digcompAfter.getCompetences().get(0).getId());
    }

    @Test
    void aChangedFileUpdatesTheFrameworkInPlace() {
        assertEquals(FileOutcome.Status.LOADED, importer.importFramework(FrameworkFixtures.framework("it-update-1.0", "Un")).status());
        Competence first = catalog.framework("it-update-1.0").orElseThrow().competence("A.1").orElseThrow();
        Map<String, Long> before = rowCounts();

        FileOutcome outcome = importer.importFramework(FrameworkFixtures.framework("it-update-1.0", "Un, corrigé"));

        assertEquals(FileOutcome.Status.UPDATED, outcome.status());
        Competence updated = catalog.framework("it-update-1.0").orElseThrow().competence("A.1").orElseThrow();
        assertEquals(first.getId(), updated.getId(), "same row, so whatever points at it stays attached");
        assertEquals(first.getUuid(), updated.getUuid());
        assertEquals("Un, corrigé", updated.getTitle().raw(Language.FR));
        assertEquals(before, rowCounts());
        assertEquals(FileOutcome.Status.UNCHANGED,
                importer.importFramework(FrameworkFixtures.framework("it-update-1.0", "Un, corrigé")).status());
    }

    @Test
    void aMalformedFileIsRefusedNamingFileAndFieldAndThePreviousVersionStays() {
        importer.importFramework(FrameworkFixtures.framework("it-broken-1.0", "Un"));
        String broken = new String(FrameworkFixtures.framework("it-broken-1.0", "Un modifié").content(), StandardCharsets.UTF_8)
                .replace("\"nl\": \"Twee\", ", "");

        InvalidCurriculumException refused = assertThrows(InvalidCurriculumException.class,
                () -> importer.importFramework(CurriculumFile.ofText("frameworks/it-broken-1.0/framework.json", broken)));

        assertTrue(refused.getMessage().contains("frameworks/it-broken-1.0/framework.json"), refused.getMessage());
        assertTrue(refused.getMessage().contains("areas[0].competences[1].title.nl"), refused.getMessage());
        Framework kept = catalog.framework("it-broken-1.0").orElseThrow();
        assertEquals("Un", kept.competence("A.1").orElseThrow().getTitle().raw(Language.FR));
        assertEquals("Twee", kept.competence("A.2").orElseThrow().getTitle().raw(Language.NL));
    }

    @Test
    void aMalformedDigCompFileAtLoadIsReportedAndTheLoadedDigCompStays(@TempDir Path curricula)
            throws IOException {
        Map<String, Long> before = rowCounts();
        String real = CurriculaTree.onClasspath(Framework.class.getClassLoader()).files("frameworks").stream()
                .filter(f -> f.name().equals(DIGCOMP_FILE))
                .map(f -> new String(f.content(), StandardCharsets.UTF_8))
                .findFirst().orElseThrow();
        Path file = curricula.resolve(DIGCOMP_FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, real.replaceFirst("\"code\": \"1\\.2\"", "\"code\": \"1.1\""));

        LoadReport report = loader.loadFrom(CurriculaTree.inDirectory(curricula));

        FileOutcome outcome = outcomeOf(report, DIGCOMP_FILE);
        assertEquals(FileOutcome.Status.FAILED, outcome.status());
        assertTrue(outcome.message().contains(DIGCOMP_FILE + ": areas[0].competences[1].code"), outcome.message());
        assertEquals(21, catalog.framework("digcomp-2.2").orElseThrow().getCompetences().size());
        assertEquals(before, rowCounts());
        assertEquals(FileOutcome.Status.FAILED, loader.lastReport().outcomes().get(0).status());
        loader.loadAll();
    }

    @Test
    void aFailureWhileWritingRollsTheWholeFileBack() {
        String digcompUuid = catalog.framework("digcomp-2.2").orElseThrow().competence("1.1").orElseThrow().getUuid().toString();
        String clashing = new String(FrameworkFixtures.framework("it-atomic-1.0", "Un").content(), StandardCharsets.UTF_8)
                .replace("{\"code\": \"B.1\",", "{\"code\": \"B.1\", \"uuid\": \"" + digcompUuid + "\",");
        Map<String, Long> before = rowCounts();

        assertThrows(EJBException.class,
                () -> importer.importFramework(CurriculumFile.ofText("frameworks/it-atomic-1.0/framework.json", clashing)));

        assertTrue(catalog.framework("it-atomic-1.0").isEmpty(), "no half-loaded framework");
        assertEquals(before, rowCounts());
    }

    @Test
    void versionsLiveSideBySideAndAMappingRelatesThem() {
        importer.importFramework(FrameworkFixtures.framework("it-map-1.0", "Ancien"));
        importer.importFramework(FrameworkFixtures.framework("it-map-2.0", "Nouveau"));

        FileOutcome mapped = importer.importMapping(FrameworkFixtures.mapping("it-map-1.0", "it-map-2.0", "A.1"));

        assertEquals(FileOutcome.Status.LOADED, mapped.status());
        assertEquals("Ancien", catalog.framework("it-map-1.0").orElseThrow().competence("A.1").orElseThrow().getTitle().raw(Language.FR));
        assertEquals("Nouveau", catalog.framework("it-map-2.0").orElseThrow().competence("A.1").orElseThrow().getTitle().raw(Language.FR));
        List<FrameworkMapping> mappings = catalog.mappingsInvolving("it-map-2.0");
        assertEquals(1, mappings.size());
        assertEquals(3, mappings.get(0).getEntries().size());
        assertEquals("it-map-1.0", mappings.get(0).getSource().getKey());

        InvalidCurriculumException refused = assertThrows(InvalidCurriculumException.class,
                () -> importer.importMapping(FrameworkFixtures.mapping("it-map-1.0", "it-map-2.0", "Z.9")));
        assertTrue(refused.getMessage().contains("entries[0].to: it-map-2.0 has no competence \"Z.9\""), refused.getMessage());
        assertEquals(3, catalog.mappingsInvolving("it-map-1.0").get(0).getEntries().size());
        assertFalse(catalog.mappingsInvolving("digcomp-2.2").stream().anyMatch(m -> m.getKey().contains("it-map")));
    }

    private static FileOutcome outcomeOf(LoadReport report, String file) {
        return report.outcomes().stream().filter(o -> o.file().equals(file)).findFirst()
                .orElseThrow(() -> new AssertionError(file + " not in " + report.outcomes()));
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, count("SELECT COUNT(*) FROM " + table));
        }
        return counts;
    }

    private long count(String sql) {
        try (Connection connection = database.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }
}
