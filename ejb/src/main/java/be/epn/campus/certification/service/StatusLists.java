package be.epn.campus.certification.service;

import be.epn.campus.certification.keys.VcJwtSigner;
import be.epn.campus.certification.model.Certificate;
import be.epn.campus.certification.model.StatusList;
import be.epn.campus.certification.status.StatusListCredential;
import be.epn.campus.platform.PublicAddress;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The revocation status lists: a random free bit for each new certificate, the bit set on revocation, and each
 * list published as a signed {@code BitstringStatusListCredential} that any verifier reads.
 */
@Stateless
public class StatusLists {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "campus")
    EntityManager em;

    @EJB
    PlatformKeys keys;

    @Inject
    PublicAddress address;

    /** Where a new certificate's bit lives. */
    public record Slot(StatusList list, int index) {
    }

    /**
     * A random index no certificate uses, in the newest list with room (a new list when none has). The list's
     * row is locked until the caller's transaction ends, so two certificates issued at once never share a bit.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Slot assign(LocalDateTime now) {
        StatusList list = em.createQuery("SELECT s FROM StatusList s ORDER BY s.id DESC", StatusList.class)
                .setMaxResults(1).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .filter(StatusList::hasRoom).orElseGet(() -> {
                    StatusList fresh = new StatusList(now);
                    em.persist(fresh);
                    em.flush();
                    return fresh;
                });
        Set<Integer> used = new HashSet<>(em.createNamedQuery("Certificate.indexes", Integer.class)
                .setParameter("list", list).getResultList());
        int index;
        do {
            index = RANDOM.nextInt(list.getBitCount());
        } while (used.contains(index));
        list.assignOne(now);
        return new Slot(list, index);
    }

    /** Sets the certificate's revocation bit, under the list's lock. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void revoke(Certificate certificate, LocalDateTime now) {
        StatusList list = em.find(StatusList.class, certificate.getStatusList().getId(), LockModeType.PESSIMISTIC_WRITE);
        list.set(certificate.getStatusIndex(), now);
    }

    /** Whether the certificate's bit is set in its published list. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isRevoked(long listId, int index) {
        StatusList list = em.find(StatusList.class, listId);
        return list != null && index >= 0 && index < list.getBitCount() && list.bitstring().get(index);
    }

    /** The list as a signed credential (VC-JWT), or empty for an unknown list. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<String> signedList(long listId) {
        StatusList list = em.find(StatusList.class, listId);
        if (list == null) {
            return Optional.empty();
        }
        return Optional.of(new VcJwtSigner(keys.ring()).sign(StatusListCredential.build(url(listId), address.of(Issuing.ISSUER_PATH),
                list.getUpdatedAt().toInstant(ZoneOffset.UTC), list.bitstring())));
    }

    /** The public address of a list, written in every credential whose bit it holds. */
    public String url(long listId) {
        return prefix() + listId;
    }

    /** What every list address of this server starts with, followed by the list's id. */
    public String prefix() {
        return address.of("/api/certification/status/");
    }
}
