package be.epn.campus.training.service;

import be.epn.campus.people.model.Person;
import be.epn.campus.platform.errors.RecordNotFoundException;
import be.epn.campus.training.model.RegistrationState;
import be.epn.campus.training.model.SessionRegistration;
import be.epn.campus.training.model.TrainingSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reading sessions and registrations inside the caller's transaction; no authorization here: the services that
 * use it check the caller first.
 */
@ApplicationScoped
public class SessionRecords {

    @PersistenceContext(unitName = "campus")
    EntityManager em;

    public TrainingSession find(UUID uuid) {
        return em.createNamedQuery("TrainingSession.byUuid", TrainingSession.class).setParameter("uuid", uuid.toString())
                .getResultStream().findFirst().orElseThrow(() -> new RecordNotFoundException("session " + uuid));
    }

    /** The session's row, locked until the transaction ends: registrations to one session run one at a time. */
    public TrainingSession locked(UUID uuid) {
        TrainingSession session = find(uuid);
        em.lock(session, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(session);
        return session;
    }

    public List<SessionRegistration> registrations(TrainingSession session) {
        return em.createNamedQuery("SessionRegistration.ofSession", SessionRegistration.class).setParameter("session", session)
                .getResultList();
    }

    /**
     * The registrations read with a locking read, after {@link #locked}: on MariaDB a plain read would see the
     * transaction's snapshot, taken before the lock was granted, and miss a registration committed meanwhile
     * (a seat counted free twice). A locking read sees the latest committed rows.
     */
    public List<SessionRegistration> current(TrainingSession session) {
        return em.createNamedQuery("SessionRegistration.forUpdate", SessionRegistration.class).setParameter("session", session)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    public Optional<SessionRegistration> registration(TrainingSession session, Person person) {
        return em.createNamedQuery("SessionRegistration.one", SessionRegistration.class).setParameter("session", session)
                .setParameter("person", person).getResultStream().findFirst();
    }

    /** In order of arrival: registration time, then id (registrations to one session are written one at a time). */
    public static List<SessionRegistration> waitingLine(List<SessionRegistration> all) {
        return all.stream().filter(r -> r.getState() == RegistrationState.WAITING)
                .sorted(Comparator.comparing(SessionRegistration::getRegisteredAt).thenComparing(SessionRegistration::getId)).toList();
    }
}
