package be.epn.campus.curriculum.service;

import be.epn.campus.curriculum.model.DocumentFacts;
import be.epn.campus.curriculum.model.LearningModule;
import be.epn.campus.curriculum.model.ModuleRepository;
import be.epn.campus.curriculum.model.ModuleSync;
import be.epn.campus.curriculum.source.ModuleChecks;
import be.epn.campus.curriculum.source.ModuleDefinition;
import be.epn.campus.curriculum.source.ModuleFileReader;
import be.epn.campus.curriculum.source.ModuleFiles;
import be.epn.campus.framework.model.Framework;
import be.epn.campus.framework.model.FrameworkRepository;
import be.epn.campus.framework.service.FileOutcome;
import be.epn.campus.platform.curricula.CurriculumFile;
import be.epn.campus.platform.curricula.CurriculumProblem;
import be.epn.campus.platform.curricula.InvalidCurriculumException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads a batch of modules (the curricula at start-up, or a coordinator's package) in ONE transaction:
 * every module is read, cross-checked against the frameworks and the other modules, and every document
 * inspected before anything is written; a single problem refuses the whole batch and the versions loaded
 * before stay exactly as they were.
 */
@Stateless
public class ModuleImporter {

    @Inject
    ModuleRepository modules;

    @Inject
    FrameworkRepository frameworks;

    @Inject
    ModuleDocuments documents;

    /**
     * @return one outcome per module (LOADED, UPDATED or UNCHANGED)
     * @throws InvalidCurriculumException with every problem of the batch, by file and place; nothing written
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<FileOutcome> importModules(List<ModuleFiles> all, LearningModule.Origin origin) {
        // A module whose files are exactly those loaded before is not read again: at every start most are so,
        // and reading their documents is the slow part of a start.
        List<FileOutcome> unchanged = new ArrayList<>();
        List<ModuleFiles> batch = new ArrayList<>();
        for (ModuleFiles files : all) {
            Optional<LearningModule> loaded = modules.find(files.moduleId());
            if (loaded.isPresent() && loaded.get().isLoadedFrom(hash(files))) {
                unchanged.add(FileOutcome.of("modules/" + files.moduleId(), FileOutcome.Status.UNCHANGED, files.moduleId()
                        + " v" + loaded.get().getVersion()));
            } else {
                batch.add(files);
            }
        }
        List<CurriculumProblem> problems = new ArrayList<>();
        Map<String, ModuleDefinition> read = new HashMap<>();
        for (ModuleFiles files : batch) {
            try {
                read.put(files.moduleId(), new ModuleFileReader().read(files));
            } catch (InvalidCurriculumException e) {
                problems.addAll(e.problems());
            }
        }
        List<ModuleDefinition> definitions = new ArrayList<>(read.values());
        Set<String> batchKeys = read.keySet();
        modules.all().stream().filter(m -> !batchKeys.contains(m.getKey()))
                .forEach(m -> definitions.add(stub(m)));
        ModuleChecks.check(definitions, this::facts).entrySet().stream()
                .filter(e -> batchKeys.contains(e.getKey()))
                .forEach(e -> problems.addAll(e.getValue()));
        Map<String, Map<String, DocumentFacts>> facts = new HashMap<>();
        for (ModuleFiles files : batch) {
            facts.put(files.moduleId(), documents.inspect(files, problems));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCurriculumException(problems);
        }
        List<FileOutcome> outcomes = new ArrayList<>(unchanged);
        Map<String, LearningModule> loaded = new HashMap<>();
        modules.all().forEach(m -> loaded.put(m.getKey(), m));
        for (ModuleFiles files : inPrerequisiteOrder(batch, read)) {
            outcomes.add(write(files, read.get(files.moduleId()), facts.get(files.moduleId()), loaded, origin));
        }
        return outcomes;
    }

    private FileOutcome write(ModuleFiles files, ModuleDefinition definition, Map<String, DocumentFacts> facts,
                              Map<String, LearningModule> loaded, LearningModule.Origin origin) {
        String name = "modules/" + files.moduleId();
        String hash = hash(files);
        Optional<LearningModule> existing = modules.find(definition.id());
        if (existing.isPresent() && existing.get().isLoadedFrom(hash)) {
            return FileOutcome.of(name, FileOutcome.Status.UNCHANGED, definition.id());
        }
        LearningModule module = existing.orElseGet(() -> new LearningModule(definition.id()));
        Framework framework = frameworks.find(definition.framework()).orElseThrow();
        if (existing.isPresent()) {
            modules.forgetTerms(module);
        }
        List<be.epn.campus.curriculum.model.SearchTerm> terms = new ArrayList<>();
        ModuleSync.apply(module, definition, files, facts, framework, loaded, origin, hash,
                LocalDateTime.now(Clock.systemUTC()), terms::add);
        if (existing.isEmpty()) {
            modules.add(module);
        }
        loaded.put(module.getKey(), module);
        terms.forEach(modules::add);
        return FileOutcome.of(name, existing.isPresent() ? FileOutcome.Status.UPDATED : FileOutcome.Status.LOADED,
                definition.id() + " v" + definition.version() + ": " + definition.activities().size() + " activities");
    }

    private Optional<ModuleChecks.FrameworkFacts> facts(String key) {
        return frameworks.find(key).map(f -> new ModuleChecks.FrameworkFacts(
                f.getCompetences().stream().map(c -> c.getCode()).collect(Collectors.toSet()), f.getLevels().size()));
    }

    /** A module already loaded and not in this batch: only its key and prerequisites matter to the checks. */
    private static ModuleDefinition stub(LearningModule module) {
        return new ModuleDefinition(module.getKey(), module.getVersion(), module.getTitle(), module.getSummary(),
                module.getFramework().getKey(), List.of(), module.getPrerequisites().stream().map(LearningModule::getKey).toList(),
                module.getDurationMinutes(), ModuleDefinition.CompletionRule.ALL_REQUIRED, List.of());
    }

    /** Prerequisites first, so that each module can point at rows that exist. */
    private static List<ModuleFiles> inPrerequisiteOrder(List<ModuleFiles> batch, Map<String, ModuleDefinition> read) {
        List<ModuleFiles> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        Map<String, ModuleFiles> byId = new HashMap<>();
        batch.forEach(f -> byId.put(f.moduleId(), f));
        while (ordered.size() < batch.size()) {
            for (ModuleFiles files : batch) {
                if (!placed.contains(files.moduleId()) && read.get(files.moduleId()).prerequisites().stream()
                        .allMatch(p -> placed.contains(p) || !byId.containsKey(p))) {
                    ordered.add(files);
                    placed.add(files.moduleId());
                }
            }
        }
        return ordered;
    }

    /** One hash for the whole module: its files' names and contents. */
    static String hash(ModuleFiles files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, CurriculumFile> file : files.byPath().entrySet()) {
                digest.update(file.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.getValue().sha256().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
