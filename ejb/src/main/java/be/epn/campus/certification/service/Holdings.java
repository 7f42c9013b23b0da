package be.epn.campus.certification.service;

import be.epn.campus.certification.model.Certificate;
import be.epn.campus.people.model.Person;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a learner holds, by certificate type: the standing certificate, and the types whose certificate was revoked
 * with none standing since. A revocation is a person's decision (evidence entered for the wrong learner, say), so
 * a withdrawn type is never issued again by the rule alone: only staff issue it again, knowingly.
 */
record Holdings(Map<String, UUID> standing, Set<String> withdrawn) {

    Holdings {
        standing = Map.copyOf(standing);
        withdrawn = Set.copyOf(withdrawn);
    }

    /** Read on the caller's own manager: EJBs call it inside their transaction. */
    static Holdings of(EntityManager em, Person learner) {
        Map<String, UUID> standing = new HashMap<>();
        Set<String> revoked = new HashSet<>();
        for (Certificate c : em.createNamedQuery("Certificate.ofPerson", Certificate.class).setParameter("person", learner)
                .getResultList()) {
            if (c.isRevoked()) {
                revoked.add(c.getTypeKey());
            } else {
                standing.putIfAbsent(c.getTypeKey(), c.getUuid());
            }
        }
        revoked.removeAll(standing.keySet());
        return new Holdings(standing, revoked);
    }

    /** Whether the type is held now, or was withdrawn: either way the rule alone issues nothing. */
    boolean settled(String type) {
        return standing.containsKey(type) || withdrawn.contains(type);
    }
}
