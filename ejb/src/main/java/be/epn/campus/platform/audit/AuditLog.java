package be.epn.campus.platform.audit;

import be.epn.campus.people.model.Epn;
import be.epn.campus.people.model.Person;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Writes and reads the audit log. Writing joins the caller's transaction: an action and its audit line
 * are saved together or not at all.
 */
@Stateless
public class AuditLog {

    @PersistenceContext(unitName = "campus")
    private EntityManager em;

    /** Records that {@code actorId} did {@code action} to {@code subject}'s data (ids only, never names). */
    public void record(Long actorId, AuditAction action, Person subject, Epn epn, String detail) {
        Person actor = actorId == null ? null : em.getReference(Person.class, actorId);
        em.persist(new AuditEvent(LocalDateTime.now(Clock.systemUTC()), actor, action, subject, epn, detail));
    }

    /** The newest events first, a page at a time. */
    public List<AuditEvent> recent(int first, int max) {
        return em.createNamedQuery("AuditEvent.recent", AuditEvent.class).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count() {
        return em.createNamedQuery("AuditEvent.count", Long.class).getSingleResult();
    }

    /** Everything the log holds about a person, as subject or as actor, oldest first. */
    public List<AuditEvent> about(Person person) {
        return em.createNamedQuery("AuditEvent.about", AuditEvent.class).setParameter("person", person).getResultList();
    }
}
