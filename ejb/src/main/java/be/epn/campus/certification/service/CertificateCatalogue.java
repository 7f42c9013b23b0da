package be.epn.campus.certification.service;

import be.epn.campus.certification.rules.CertificateType;
import be.epn.campus.certification.rules.CertificateTypeChecks;
import be.epn.campus.certification.rules.CertificateTypeChecks.FrameworkAreas;
import be.epn.campus.certification.rules.CertificateTypeReader;
import be.epn.campus.framework.model.CompetenceArea;
import be.epn.campus.framework.model.FrameworkRepository;
import be.epn.campus.framework.model.Competence;
import be.epn.campus.platform.curricula.CurriculaLocation;
import be.epn.campus.platform.curricula.CurriculumProblem;
import be.epn.campus.platform.curricula.InvalidCurriculumException;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The certificate types of {@code curricula/certificates/}, read on first use and checked against the loaded
 * frameworks. A type whose area or level does not exist is left out and logged (the others stay available);
 * unreadable files leave the catalogue empty rather than half-read, and say why in the log.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CertificateCatalogue {

    private static final Logger LOG = Logger.getLogger(CertificateCatalogue.class.getName());

    @Inject
    CurriculaLocation location;

    @Inject
    FrameworkRepository frameworks;

    private volatile Loaded loaded;

    /**
     * One reading, replaced whole: the usable types and, per type, the competence codes of its area. The codes are
     * kept because every piece of evidence a learner earns checks the automatic types: reading them from the
     * framework each time cost a query per type on that path.
     */
    private record Loaded(Map<String, CertificateType> types, Map<String, List<String>> competences) {
    }

    /** Every usable type, in file order. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<CertificateType> types() {
        return List.copyOf(loaded().types().values());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Optional<CertificateType> type(String id) {
        return Optional.ofNullable(id == null ? null : loaded().types().get(id));
    }

    /** The competence codes of a type's area, in the framework's order (empty for a type not in the catalogue). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<String> competencesOf(CertificateType type) {
        return loaded().competences().getOrDefault(type.id(), List.of());
    }

    private Loaded loaded() {
        Loaded current = loaded;
        if (current == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = read();
                }
                current = loaded;
            }
        }
        return current;
    }

    private Loaded read() {
        List<CertificateType> all;
        try {
            all = new CertificateTypeReader().read(location.tree().files(CertificateTypeReader.FOLDER));
        } catch (InvalidCurriculumException e) {
            LOG.severe(() -> "No certificate types: " + e.problems());
            return new Loaded(Map.of(), Map.of());
        }
        List<CurriculumProblem> problems = CertificateTypeChecks.check(all, key -> frameworks.find(key).map(f ->
                new FrameworkAreas(f.getAreas().stream().collect(Collectors.toMap(CompetenceArea::getCode,
                        a -> a.getCompetences().stream().map(Competence::getCode).collect(Collectors.toSet()))),
                        f.getLevels().size())));
        Set<String> refused = problems.stream().map(CurriculumProblem::file).collect(Collectors.toSet());
        problems.forEach(p -> LOG.warning(() -> "Certificate type left out: " + p));
        Map<String, CertificateType> usable = new LinkedHashMap<>();
        Map<String, List<String>> competences = new HashMap<>();
        all.stream().filter(t -> !refused.contains(t.file())).forEach(t -> {
            usable.put(t.id(), t);
            competences.put(t.id(), frameworks.find(t.framework()).flatMap(f -> f.area(t.rule().area()))
                    .map(area -> area.getCompetences().stream().map(Competence::getCode).toList()).orElse(List.of()));
        });
        LOG.info(() -> "Certificate types: " + usable.size() + " of " + all.size());
        return new Loaded(java.util.Collections.unmodifiableMap(usable), Map.copyOf(competences));
    }
}
