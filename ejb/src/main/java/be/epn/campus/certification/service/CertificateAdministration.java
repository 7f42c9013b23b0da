package be.epn.campus.certification.service;

import be.epn.campus.access.service.AccessRules;
import be.epn.campus.access.service.Caller;
import be.epn.campus.access.service.Callers;
import be.epn.campus.certification.keys.SigningKey;
import be.epn.campus.certification.model.Certificate;
import be.epn.campus.people.model.PeopleRepository;
import be.epn.campus.people.model.Person;
import be.epn.campus.platform.audit.AuditAction;
import be.epn.campus.platform.audit.AuditLog;
import be.epn.campus.platform.errors.AccessDeniedException;
import be.epn.campus.platform.errors.RecordNotFoundException;
import be.epn.campus.platform.errors.RefusedException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The register of issued certificates: the list (a coordinator sees all, an animateur those issued at their
 * EPNs), revocation by a coordinator with a reason (published at once in the status list), and the rotation of
 * the signing key.
 */
@Stateless
public class CertificateAdministration {

    /** Reasons are shown to verifiers' questions and in the audit log: a sentence, not an essay. */
    public static final int REASON_MIN = 5;
    public static final int REASON_MAX = 500;

    @PersistenceContext(unitName = "campus")
    EntityManager em;

    @Inject
    PeopleRepository people;

    @EJB
    CertificateCatalogue catalogue;

    @EJB
    StatusLists statusLists;

    @EJB
    PlatformKeys keys;

    @EJB
    Callers callers;

    @EJB
    AuditLog audit;

    /** Issued certificates, newest first. */
    public List<CertificateView> register(int first, int max) {
        Caller caller = callers.current();
        if (!caller.isCoordinator() && caller.staffEpns().isEmpty()) {
            throw new AccessDeniedException(caller.uuid() + " may not list certificates");
        }
        var query = caller.isCoordinator()
                ? em.createNamedQuery("Certificate.recent", Certificate.class)
                : em.createQuery("SELECT c FROM Certificate c WHERE c.epn.id IN :epns ORDER BY c.issuedAt DESC, c.id DESC",
                        Certificate.class).setParameter("epns", caller.staffEpns());
        LocalDateTime now = Certifications.now();
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 500)).getResultList().stream()
                .map(c -> CertificateViews.of(c, catalogue.type(c.getTypeKey()), now)).toList();
    }

    /** Revokes a certificate: a coordinator's act, with a reason; its bit in the published list is set. */
    public CertificateView revoke(UUID certificateUuid, String reason) {
        Caller caller = callers.current();
        AccessRules.requireCoordinator(caller);
        String why = reason == null ? "" : reason.strip();
        if (why.length() < REASON_MIN || why.length() > REASON_MAX) {
            throw new RefusedException("certificate.refused.reason", REASON_MIN, REASON_MAX);
        }
        Certificate certificate = find(certificateUuid);
        Person coordinator = people.find(caller.uuid()).orElseThrow(() -> new AccessDeniedException("unknown caller"));
        LocalDateTime now = Certifications.now();
        if (!certificate.revoke(coordinator, why, now)) {
            throw new RefusedException("certificate.refused.revoked");
        }
        statusLists.revoke(certificate, now);
        audit.record(caller.personId(), AuditAction.REVOKE_CERTIFICATE, certificate.getPerson(), certificate.getEpn(),
                certificate.getTypeKey() + ": " + why);
        return CertificateViews.of(certificate, catalogue.type(certificate.getTypeKey()), now);
    }

    /**
     * A new signing key for the certificates issued from now on; the retired keys stay published, so every
     * credential issued before still verifies. Returns the new key's id.
     */
    public String rotateKey() {
        Caller caller = callers.current();
        AccessRules.requireCoordinator(caller);
        SigningKey key = keys.ring().rotate();
        audit.record(caller.personId(), AuditAction.ROTATE_KEYS, null, null, key.kid());
        return key.kid();
    }

    /** The id of the key that signs now. */
    public String currentKey() {
        AccessRules.requireCoordinator(callers.current());
        return keys.ring().current().kid();
    }

    private Certificate find(UUID uuid) {
        return em.createNamedQuery("Certificate.byUuid", Certificate.class).setParameter("uuid", uuid.toString())
                .getResultStream().findFirst().orElseThrow(() -> new RecordNotFoundException("certificate " + uuid));
    }
}
