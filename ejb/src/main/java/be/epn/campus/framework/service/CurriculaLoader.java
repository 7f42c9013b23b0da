package be.epn.campus.framework.service;

import be.epn.campus.platform.curricula.CurriculaLocation;
import be.epn.campus.platform.curricula.CurriculaTree;
import be.epn.campus.curriculum.model.LearningModule;
import be.epn.campus.curriculum.service.ModuleImporter;
import be.epn.campus.curriculum.source.ModuleFiles;
import be.epn.campus.platform.curricula.CurriculumFile;
import be.epn.campus.platform.curricula.CurriculumProblem;
import be.epn.campus.platform.curricula.InvalidCurriculumException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Loads the competence frameworks, their mappings and the learning modules from the curricula at every start, after the schema
 * migration. Loading is idempotent (an unchanged file writes nothing) and file by file: a bad file is
 * reported, in the log and in {@link #lastReport()}, and the rest still loads.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CurriculaLoader {

    private static final Logger LOG = Logger.getLogger(CurriculaLoader.class.getName());
    private static final Pattern FRAMEWORK_FILE = Pattern.compile("frameworks/[^/]+/framework\\.json");
    private static final Pattern MAPPING_FILE = Pattern.compile("frameworks/mappings/[^/]+\\.json");

    @Inject
    CurriculaLocation location;

    @EJB
    FrameworkImporter importer;

    @EJB
    ModuleImporter modules;

    private volatile LoadReport lastReport;

    @PostConstruct
    void atStartup() {
        loadAll();
    }

    /** Loads the configured curricula (see {@link CurriculaLocation}). */
    @Lock(LockType.WRITE)
    public LoadReport loadAll() {
        CurriculaTree tree;
        try {
            tree = location.tree();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The curricula could not be found", e);
            return remember(new LoadReport("unreadable: " + e.getMessage(), LocalDateTime.now(Clock.systemUTC()),
                    List.of(FileOutcome.of("(curricula)", FileOutcome.Status.FAILED, e.getMessage()))));
        }
        return loadFrom(tree);
    }

    /**
     * Loads every framework file of a curricula tree, then every mapping file (mappings need their
     * frameworks). Each file is loaded on its own: a refused file leaves its previous version in place.
     */
    @Lock(LockType.WRITE)
    public LoadReport loadFrom(CurriculaTree tree) {
        List<FileOutcome> outcomes = new ArrayList<>();
        try {
            List<CurriculumFile> mappings = new ArrayList<>();
            for (CurriculumFile file : tree.files("frameworks")) {
                if (FRAMEWORK_FILE.matcher(file.name()).matches()) {
                    outcomes.add(load(file, importer::importFramework));
                } else if (MAPPING_FILE.matcher(file.name()).matches()) {
                    mappings.add(file);
                } else if (file.name().endsWith(".json")) {
                    outcomes.add(FileOutcome.of(file.name(), FileOutcome.Status.IGNORED,
                            "not a framework (<id>/framework.json) nor a mapping (mappings/*.json)"));
                }
            }
            mappings.forEach(file -> outcomes.add(load(file, importer::importMapping)));
            outcomes.addAll(loadModules(ModuleFiles.group(tree.files("modules"))));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The curricula could not be read", e);
            outcomes.add(FileOutcome.of("(curricula)", FileOutcome.Status.FAILED, e.getMessage()));
        }
        return remember(new LoadReport(tree.description(), LocalDateTime.now(Clock.systemUTC()), outcomes));
    }

    /**
     * Modules load as one batch (they refer to each other). At start-up a bad module must not keep the
     * good ones out, so a refused batch is retried without the modules its problems name; each of those
     * is reported FAILED with its problems, and keeps the version loaded before, if any.
     */
    private List<FileOutcome> loadModules(List<ModuleFiles> batch) {
        List<FileOutcome> outcomes = new ArrayList<>();
        List<ModuleFiles> remaining = new ArrayList<>(batch);
        while (!remaining.isEmpty()) {
            try {
                outcomes.addAll(modules.importModules(remaining, LearningModule.Origin.CURRICULA));
                return outcomes;
            } catch (InvalidCurriculumException e) {
                Map<String, List<CurriculumProblem>> byModule = new TreeMap<>();
                for (CurriculumProblem problem : e.problems()) {
                    byModule.computeIfAbsent(moduleOf(problem.file()), id -> new ArrayList<>()).add(problem);
                }
                boolean removed = remaining.removeIf(files -> byModule.containsKey(files.moduleId()));
                byModule.forEach((id, problems) -> outcomes.add(new FileOutcome("modules/" + id, FileOutcome.Status.FAILED,
                        problems.size() + " problem(s)", problems)));
                if (!removed) {
                    remaining.forEach(files -> outcomes.add(FileOutcome.of("modules/" + files.moduleId(),
                            FileOutcome.Status.FAILED, "refused with the batch: " + e.getMessage())));
                    return outcomes;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Unexpected failure loading the modules", e);
                outcomes.add(FileOutcome.of("modules", FileOutcome.Status.FAILED, "unexpected failure: " + e));
                return outcomes;
            }
        }
        return outcomes;
    }

    /** "modules/email/module.json" → "email". */
    private static String moduleOf(String file) {
        String[] parts = file.split("/", 3);
        return parts.length >= 2 && parts[0].equals("modules") ? parts[1] : file;
    }

    private LoadReport remember(LoadReport report) {
        log(report);
        lastReport = report;
        return report;
    }

    private static FileOutcome load(CurriculumFile file, Function<CurriculumFile, FileOutcome> step) {
        try {
            return step.apply(file);
        } catch (InvalidCurriculumException e) {
            return new FileOutcome(file.name(), FileOutcome.Status.FAILED, e.getMessage(), e.problems());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Unexpected failure loading " + file.name(), e);
            return FileOutcome.of(file.name(), FileOutcome.Status.FAILED, "unexpected failure: " + e);
        }
    }

    /** The report of the last load, at start-up or since. */
    @Lock(LockType.READ)
    public LoadReport lastReport() {
        return lastReport;
    }

    private static void log(LoadReport report) {
        for (FileOutcome outcome : report.outcomes()) {
            Level level = outcome.failed() ? Level.SEVERE : outcome.status() == FileOutcome.Status.IGNORED ? Level.WARNING : Level.INFO;
            LOG.log(level, () -> "Curricula " + outcome.status() + " " + outcome.file() + " - " + outcome.message()
                    + (outcome.failed() ? " (the version loaded before, if any, is kept)" : ""));
            if (outcome.failed() && outcome.problems() != null) {
                outcome.problems().forEach(problem -> LOG.severe(() -> "  " + problem));
            }
        }
        LOG.info(() -> "Curricula from " + report.source() + ": " + report.count(FileOutcome.Status.LOADED) + " loaded, "
                + report.count(FileOutcome.Status.UPDATED) + " updated, " + report.count(FileOutcome.Status.UNCHANGED)
                + " unchanged, " + report.count(FileOutcome.Status.FAILED) + " failed");
    }
}
