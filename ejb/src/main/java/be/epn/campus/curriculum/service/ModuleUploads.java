package be.epn.campus.curriculum.service;

import be.epn.campus.access.service.AccessRules;
import be.epn.campus.access.service.Caller;
import be.epn.campus.access.service.Callers;
import be.epn.campus.curriculum.model.LearningModule;
import be.epn.campus.curriculum.model.ModuleRepository;
import be.epn.campus.curriculum.source.ModuleFileReader;
import be.epn.campus.curriculum.source.ModuleFiles;
import be.epn.campus.curriculum.source.ModulePackage;
import be.epn.campus.curriculum.source.ProblemCodes;
import be.epn.campus.framework.service.FileOutcome;
import be.epn.campus.platform.audit.AuditAction;
import be.epn.campus.platform.audit.AuditLog;
import be.epn.campus.platform.curricula.CurriculumProblem;
import be.epn.campus.platform.curricula.InvalidCurriculumException;
import be.epn.campus.training.service.TrainingTrack;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * A coordinator's package of modules: read as a stream within the package limits, then imported in one
 * transaction of its own ({@link ModuleImporter}). Every refusal is an {@link InvalidCurriculumException}
 * with every problem found (file, place, message and, for the common ones, a code pages translate); nothing
 * is written then, and the versions loaded before stay as they were. Accepted or refused, the attempt is
 * written to the audit log.
 *
 * <p>No transaction is held while the upload is read (it may be slow): the import has its own, the audit
 * line its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ModuleUploads {

    private static final Logger LOG = Logger.getLogger(ModuleUploads.class.getName());

    /** The largest package taken, in bytes (as sent, compressed). */
    public static final long MAX_PACKAGE_BYTES = ModulePackage.DEFAULT_LIMITS.maxCompressedBytes();

    @EJB
    Callers callers;

    @EJB
    ModuleImporter importer;

    @Inject
    TrainingTrack training;

    @EJB
    AuditLog audit;

    @Inject
    ModuleRepository modules;

    /**
     * @param zip            the package as it arrives (read once, never whole in memory beyond the limits)
     * @param declaredLength the length the client announced, or -1 when unknown; a length over
     *                       {@link #MAX_PACKAGE_BYTES} is refused before a single byte is read
     * @throws be.epn.campus.platform.errors.AccessDeniedException for anyone but a coordinator or a trainer
     * @throws InvalidCurriculumException                          every problem of the package; nothing changed
     */
    public UploadReport upload(InputStream zip, long declaredLength) {
        Caller caller = callers.current();
        AccessRules.requireTrainer(caller);
        if (declaredLength > MAX_PACKAGE_BYTES) {
            throw refused(caller, List.of(tooLarge(declaredLength)));
        }
        List<ModuleFiles> batch;
        List<FileOutcome> outcomes;
        try {
            batch = new ModulePackage().read(zip);
            if (!caller.isCoordinator()) {
                List<CurriculumProblem> outside = outsideTheTrainersTrack(batch);
                if (!outside.isEmpty()) {
                    throw new InvalidCurriculumException(outside);
                }
            }
            outcomes = importer.importModules(batch, LearningModule.Origin.UPLOAD);
        } catch (InvalidCurriculumException e) {
            throw refused(caller, e.problems());
        }
        List<UploadReport.Outcome> report = outcomes.stream().map(this::outcome).toList();
        audit.record(caller.personId(), AuditAction.IMPORT_MODULES, null, null, limit(report.stream()
                .map(o -> o.module() + " v" + o.version() + " " + o.status()).collect(Collectors.joining(", "))));
        LOG.info(() -> "Package uploaded by " + caller.uuid() + ": " + report);
        return new UploadReport(report);
    }

    /** Every module loaded, by key, with its origin and when it was loaded (coordinators only). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<LoadedModule> loaded() {
        AccessRules.requireCoordinator(callers.current());
        return modules.all().stream().map(LoadedModule::of).toList();
    }

    /**
     * The continuing-education modules loaded (those of the animateurs' framework), by key: what trainers
     * author. Trainers and coordinators only.
     *
     * @throws be.epn.campus.platform.errors.AccessDeniedException for anyone else (an animateur takes these
     *                                                             modules, they do not manage them)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<LoadedModule> trainingModules() {
        AccessRules.requireTrainer(callers.current());
        return modules.ofFramework(training.framework()).stream().map(LoadedModule::of).toList();
    }

    /**
     * Trainers author the continuing-education modules: every module of their package must belong to the
     * animateurs' framework, and so must any module it replaces, so that a trainer never changes a learners' module.
     */
    private List<CurriculumProblem> outsideTheTrainersTrack(List<ModuleFiles> batch) {
        String track = training.framework();
        List<CurriculumProblem> problems = new java.util.ArrayList<>();
        for (ModuleFiles files : batch) {
            String framework = new ModuleFileReader().read(files).framework();
            boolean replacesOther = modules.find(files.moduleId()).map(m -> !training.isTrack(m.getFramework().getKey())).orElse(false);
            if (!training.isTrack(framework) || replacesOther) {
                problems.add(new CurriculumProblem(files.descriptor().map(f -> f.name()).orElse(files.moduleId()), "framework",
                        "trainers upload continuing-education modules only (framework " + track + ")", ProblemCodes.NOT_TRAINING_TRACK));
            }
        }
        return problems;
    }

    /** The problem of a declared length over the limit: said in megabytes, like the other limits. */
    static CurriculumProblem tooLarge(long declaredLength) {
        return new CurriculumProblem(ModulePackage.PACKAGE, "size", "the package is larger than "
                + MAX_PACKAGE_BYTES / (1024 * 1024) + " MB (" + declaredLength + " bytes announced)", ProblemCodes.PACKAGE_TOO_LARGE);
    }

    private UploadReport.Outcome outcome(FileOutcome outcome) {
        String key = outcome.file().substring(outcome.file().lastIndexOf('/') + 1);
        int version = modules.find(key).map(LearningModule::getVersion).orElse(0);
        return new UploadReport.Outcome(key, outcome.status().name(), version, outcome.message());
    }

    private InvalidCurriculumException refused(Caller caller, List<CurriculumProblem> problems) {
        audit.record(caller.personId(), AuditAction.IMPORT_MODULES_REFUSED, null, null, limit(problems.size()
                + " problem(s): " + problems.stream().map(CurriculumProblem::toString).collect(Collectors.joining("; "))));
        LOG.info(() -> "Package refused for " + caller.uuid() + ": " + problems.size() + " problem(s)");
        return new InvalidCurriculumException(problems);
    }

    private static String limit(String detail) {
        return detail.length() <= 500 ? detail : detail.substring(0, 497) + "...";
    }
}
