package be.epn.campus.certification.service;

import be.epn.campus.certification.model.Certificate;
import be.epn.campus.certification.rules.CertificateType;
import be.epn.campus.certification.rules.RuleOutcome;
import be.epn.campus.people.model.Epn;
import be.epn.campus.people.model.Person;
import be.epn.campus.platform.audit.AuditAction;
import be.epn.campus.platform.audit.AuditLog;
import be.epn.campus.progress.model.CompetenceEvidence;
import be.epn.campus.progress.model.ProgressRepository;
import be.epn.campus.progress.service.EvidenceRecorded;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Issues the certificate types marked {@code automatic} as soon as their rule is met: after the learning event's
 * own transaction committed (see {@link AutomaticIssuingTrigger}), in a transaction of its own, with the
 * learner's row locked so that two events at once issue one certificate.
 */
@Stateless
public class AutomaticIssuing {

    @PersistenceContext(unitName = "campus")
    EntityManager em;

    @Inject
    ProgressRepository progress;

    @EJB
    CertificateCatalogue catalogue;

    @EJB
    Certifications certifications;

    @EJB
    Issuing issuing;

    @EJB
    AuditLog audit;

    /** Checks every automatic type for the learner; returns how many certificates were issued. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int check(EvidenceRecorded event) {
        List<CertificateType> automatic = catalogue.types().stream()
                .filter(t -> t.issuing() == CertificateType.IssuingMode.AUTOMATIC).toList();
        Person learner = em.find(Person.class, event.personId());
        if (automatic.isEmpty() || learner == null) {
            return 0;
        }
        progress.lock(learner);
        List<CompetenceEvidence> evidence = progress.evidence(learner);
        Map<String, UUID> held = certifications.standing(learner);
        Epn epn = event.epnId() == null ? null : em.find(Epn.class, event.epnId());
        int issued = 0;
        for (CertificateType type : automatic) {
            if (held.containsKey(type.id())) {
                continue;
            }
            RuleOutcome outcome = Eligibility.evaluate(type, catalogue.competencesOf(type), evidence);
            if (outcome.met()) {
                Certificate certificate = issuing.issue(learner, type, outcome, null,
                        epn != null ? epn : Certifications.issuingEpn(be.epn.campus.access.service.Caller.anonymous(), learner),
                        Certifications.now());
                audit.record(null, AuditAction.ISSUE_CERTIFICATE, learner, certificate.getEpn(), type.id() + " (automatic)");
                issued++;
            }
        }
        return issued;
    }
}
