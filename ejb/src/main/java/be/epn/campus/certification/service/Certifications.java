package be.epn.campus.certification.service;

import be.epn.campus.access.service.AccessRules;
import be.epn.campus.access.service.Caller;
import be.epn.campus.access.service.Callers;
import be.epn.campus.certification.model.Certificate;
import be.epn.campus.certification.rules.CertificateType;
import be.epn.campus.certification.rules.RuleOutcome;
import be.epn.campus.people.model.Epn;
import be.epn.campus.people.model.Membership;
import be.epn.campus.people.model.PeopleRepository;
import be.epn.campus.people.model.Person;
import be.epn.campus.people.model.Role;
import be.epn.campus.platform.audit.AuditAction;
import be.epn.campus.platform.audit.AuditLog;
import be.epn.campus.platform.errors.AccessDeniedException;
import be.epn.campus.platform.errors.RecordNotFoundException;
import be.epn.campus.platform.errors.RefusedException;
import be.epn.campus.progress.model.ProgressRepository;
import be.epn.campus.training.service.TrainingTrack;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Certificates for the people who hold and issue them (issue 6): a learner's own list, a learner's standing on
 * every certificate type for staff, issuing by staff when the rule is met. Every action checks the caller here,
 * whatever the page or the API let through. Revocation and keys: {@link CertificateAdministration}.
 */
@Stateless
public class Certifications {

    @PersistenceContext(unitName = "campus")
    EntityManager em;

    @Inject
    PeopleRepository people;

    @Inject
    ProgressRepository progress;

    @Inject
    TrainingTrack track;

    @EJB
    CertificateCatalogue catalogue;

    @EJB
    Issuing issuing;

    @EJB
    Callers callers;

    @EJB
    AuditLog audit;

    /** The caller's own certificates, newest first. */
    public List<CertificateView> mine() {
        Person me = callers.currentPerson().orElseThrow(() -> new AccessDeniedException("anonymous"));
        return views(me);
    }

    /** A learner's certificates, for the learner or for staff who may see the learner's record. */
    public List<CertificateView> of(UUID learnerUuid) {
        Person learner = learner(learnerUuid);
        AccessRules.requireView(callers.current(), learner);
        return views(learner);
    }

    /** Where the learner stands on every certificate type: met or not, what is missing, held or not. */
    public List<Eligibility> eligibility(UUID learnerUuid) {
        Person learner = learner(learnerUuid);
        AccessRules.requireView(callers.current(), learner);
        var evidence = progress.evidence(learner);
        Holdings holdings = Holdings.of(em, learner);
        return catalogue.types().stream().filter(type -> offered(type, learner, track))
                .map(type -> Eligibility.of(type,
                Eligibility.evaluate(type, catalogue.competencesOf(type), evidence), holdings)).toList();
    }

    /**
     * Issues a certificate to a learner, by an animateur who may see the learner's record or a coordinator. Refused
     * (with the competences still missing) when the rule is not met, and when the learner already holds it. A type
     * whose certificate was revoked may be issued again here: the rule alone never does it (see {@link Holdings}).
     */
    public CertificateView issue(UUID learnerUuid, String typeId) {
        Caller caller = callers.current();
        Person learner = learner(learnerUuid);
        if (caller.isPerson(learner.getId()) || (!caller.isCoordinator() && caller.staffEpns().isEmpty())) {
            throw new AccessDeniedException(caller.uuid() + " may not issue certificates to " + learner);
        }
        AccessRules.requireView(caller, learner);
        progress.lock(learner);
        CertificateType type = catalogue.type(typeId).orElseThrow(() -> new RefusedException("certificate.refused.noType"));
        if (!offered(type, learner, track)) {
            throw new RefusedException("certificate.refused.animateursOnly");
        }
        if (Holdings.of(em, learner).standing().containsKey(type.id())) {
            throw new RefusedException("certificate.refused.already");
        }
        RuleOutcome outcome = Eligibility.evaluate(type, catalogue.competencesOf(type), progress.evidence(learner));
        if (!outcome.met()) {
            throw new RefusedException(outcome.missingCompetences().isEmpty() ? "certificate.refused.notAlone"
                    : "certificate.refused.missing", String.join(", ", outcome.missingCompetences()));
        }
        Person staff = people.find(caller.uuid()).orElseThrow(() -> new AccessDeniedException("unknown caller"));
        Certificate certificate = issuing.issue(learner, type, outcome, staff, issuingEpn(caller, learner), now());
        audit.record(caller.personId(), AuditAction.ISSUE_CERTIFICATE, learner, certificate.getEpn(), type.id());
        return CertificateViews.of(certificate, catalogue.type(type.id()), now());
    }

    /** The animateurs' continuing-education certificates are for animateurs; every other type is for everyone. */
    static boolean offered(CertificateType type, Person person, TrainingTrack track) {
        return !track.isTrack(type.framework()) || person.getMemberships().stream().anyMatch(m -> m.getRole() == Role.ANIMATEUR);
    }

    private List<CertificateView> views(Person learner) {
        LocalDateTime now = now();
        return em.createNamedQuery("Certificate.ofPerson", Certificate.class).setParameter("person", learner).getResultList()
                .stream().map(c -> CertificateViews.of(c, catalogue.type(c.getTypeKey()), now)).toList();
    }

    /** The EPN printed on the certificate: one where the animateur works and knows the learner. */
    static Epn issuingEpn(Caller caller, Person learner) {
        Function<Membership, Epn> epn = Membership::getEpn;
        return learner.getMemberships().stream().filter(m -> m.getRole() == Role.LEARNER)
                .filter(m -> caller.worksAt(m.getEpn().getId())).map(epn).findFirst()
                .or(() -> learner.getMemberships().stream().filter(m -> m.getRole() == Role.LEARNER).map(epn).findFirst())
                .orElse(learner.getCreatedAtEpn());
    }

    private Person learner(UUID uuid) {
        return people.find(uuid).orElseThrow(() -> new RecordNotFoundException("person " + uuid));
    }

    static LocalDateTime now() {
        return LocalDateTime.now(Clock.systemUTC());
    }
}
