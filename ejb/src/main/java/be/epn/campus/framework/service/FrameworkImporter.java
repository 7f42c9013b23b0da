package be.epn.campus.framework.service;

import be.epn.campus.framework.model.Framework;
import be.epn.campus.framework.model.FrameworkMapping;
import be.epn.campus.framework.model.FrameworkRepository;
import be.epn.campus.framework.model.FrameworkSync;
import be.epn.campus.framework.model.MappingEntry;
import be.epn.campus.framework.source.FrameworkDefinition;
import be.epn.campus.framework.source.FrameworkFileReader;
import be.epn.campus.framework.source.MappingDefinition;
import be.epn.campus.framework.source.MappingFileReader;
import be.epn.campus.platform.curricula.CurriculumFile;
import be.epn.campus.platform.curricula.CurriculumProblem;
import be.epn.campus.platform.curricula.InvalidCurriculumException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads one framework or mapping file into the database, each in a transaction of its own: a file is
 * loaded whole or not at all, and a bad file leaves the version loaded before exactly as it was.
 */
@Stateless
public class FrameworkImporter {

    @Inject
    FrameworkRepository frameworks;

    private final FrameworkFileReader frameworkReader = new FrameworkFileReader();
    private final MappingFileReader mappingReader = new MappingFileReader();

    /**
     * Loads a framework file. Unchanged content writes nothing; changed content updates the framework in
     * place, keeping the rows of elements whose code is still there.
     *
     * @throws InvalidCurriculumException naming the file and each faulty field; nothing is written
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public FileOutcome importFramework(CurriculumFile file) {
        FrameworkDefinition definition = frameworkReader.read(file);
        String hash = file.sha256();
        Optional<Framework> existing = frameworks.find(definition.id());
        if (existing.isPresent() && existing.get().isLoadedFrom(hash)) {
            return FileOutcome.of(file.name(), FileOutcome.Status.UNCHANGED, definition.id());
        }
        if (existing.isPresent()) {
            FrameworkSync.update(existing.get(), definition, file.name(), hash, now());
            return FileOutcome.of(file.name(), FileOutcome.Status.UPDATED, describe(definition));
        }
        frameworks.add(FrameworkSync.create(definition, file.name(), hash, now()));
        return FileOutcome.of(file.name(), FileOutcome.Status.LOADED, describe(definition));
    }

    /**
     * Loads a mapping file between two frameworks already loaded.
     *
     * @throws InvalidCurriculumException when the file is malformed, a framework is unknown or a code does
     *         not exist in its framework; nothing is written
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public FileOutcome importMapping(CurriculumFile file) {
        MappingDefinition definition = mappingReader.read(file);
        List<CurriculumProblem> problems = new ArrayList<>();
        Optional<Framework> source = framework(file, "from", definition.source(), problems);
        Optional<Framework> target = framework(file, "to", definition.target(), problems);
        if (source.isPresent() && target.isPresent()) {
            for (MappingDefinition.Entry entry : definition.entries()) {
                requireElement(file, entry, "from", source.get(), entry.from(), problems);
                requireElement(file, entry, "to", target.get(), entry.to(), problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCurriculumException(problems);
        }
        String hash = file.sha256();
        String key = FrameworkMapping.keyOf(definition.source(), definition.target());
        Optional<FrameworkMapping> existing = frameworks.findMapping(key);
        if (existing.isPresent() && existing.get().isLoadedFrom(hash)) {
            return FileOutcome.of(file.name(), FileOutcome.Status.UNCHANGED, key);
        }
        FrameworkMapping mapping = existing.orElseGet(() -> new FrameworkMapping(source.get(), target.get()));
        mapping.replaceEntries(definition.entries().stream()
                .map(e -> new MappingEntry.Draft(e.kind(), e.from(), e.relation(), e.to()))
                .toList(), file.name(), hash, now());
        if (existing.isEmpty()) {
            frameworks.add(mapping);
        }
        return FileOutcome.of(file.name(), existing.isPresent() ? FileOutcome.Status.UPDATED : FileOutcome.Status.LOADED,
                key + ": " + definition.entries().size() + " entries");
    }

    private Optional<Framework> framework(CurriculumFile file, String field, String key, List<CurriculumProblem> problems) {
        Optional<Framework> framework = frameworks.find(key);
        if (framework.isEmpty()) {
            problems.add(new CurriculumProblem(file.name(), field, "framework \"" + key + "\" is not loaded"));
        }
        return framework;
    }

    private static void requireElement(CurriculumFile file, MappingDefinition.Entry entry, String field,
                                       Framework framework, String code, List<CurriculumProblem> problems) {
        if (!framework.hasElement(entry.kind(), code)) {
            problems.add(new CurriculumProblem(file.name(), entry.place() + "." + field,
                    framework.getKey() + " has no " + entry.kind().name().toLowerCase(java.util.Locale.ROOT) + " \"" + code + "\""));
        }
    }

    private static String describe(FrameworkDefinition definition) {
        return definition.id() + ": " + definition.areas().size() + " areas, " + definition.competenceCount()
                + " competences, " + definition.levels().size() + " levels";
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(Clock.systemUTC());
    }
}
