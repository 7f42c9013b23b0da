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
import be.epn.campus.training.service.TrainingTrack;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Issues the certificate types marked {@code automatic} as soon as their rule is met: after the learning event's
 * own transaction committed (a transactional observer), in a transaction of its own, with the learner's row
 * locked so that two events at once issue one certificate. A failure here is logged and loses nothing: the
 * evidence is saved, and the next event (or staff on the learner's page) issues the certificate. A type whose
 * certificate a coordinator revoked is left to staff: revoking would mean little if the next quiz issued it again.
 */
@Stateless
public class AutomaticIssuing {

    private static final Logger LOG = Logger.getLogger(AutomaticIssuing.class.getName());

    @PersistenceContext(unitName = "campus")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    ProgressRepository progress;

    @Inject
    TrainingTrack track;

    @EJB
    CertificateCatalogue catalogue;

    @EJB
    Issuing issuing;

    @EJB
    AuditLog audit;

    /**
     * Called once the transaction that recorded evidence has committed. A session bean's observer: the call goes
     * through the container, so it gets its own transaction (an application-scoped observer was handed an
     * instance without its injected beans on Payara 6, when the event came from a startup singleton).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) EvidenceRecorded event) {
        try {
            check(event);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Automatic certificates not checked for person " + event.personId(), e);
            context.setRollbackOnly();
        }
    }

    /** Checks every automatic type for the learner; returns how many certificates were issued. */
    int check(EvidenceRecorded event) {
        Person learner = em.find(Person.class, event.personId());
        if (learner == null) {
            return 0;
        }
        List<CertificateType> automatic = catalogue.types().stream()
                .filter(t -> t.issuing() == CertificateType.IssuingMode.AUTOMATIC)
                .filter(t -> Certifications.offered(t, learner, track)).toList();
        if (automatic.isEmpty()) {
            return 0;
        }
        progress.lock(learner);
        List<CompetenceEvidence> evidence = progress.evidence(learner);
        Holdings holdings = Holdings.of(em, learner);
        Epn epn = event.epnId() == null ? null : em.find(Epn.class, event.epnId());
        int issued = 0;
        for (CertificateType type : automatic) {
            if (holdings.settled(type.id())) {
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
