package be.epn.campus.progress.persistence;

import be.epn.campus.curriculum.model.LearningModule;
import be.epn.campus.curriculum.model.ModuleActivity;
import be.epn.campus.people.model.Epn;
import be.epn.campus.people.model.Person;
import be.epn.campus.progress.model.ActivityProgress;
import be.epn.campus.progress.model.CompetenceEvidence;
import be.epn.campus.progress.model.EpnDevice;
import be.epn.campus.progress.model.LearningRecord;
import be.epn.campus.progress.model.ModuleProgress;
import be.epn.campus.progress.model.ProgressRepository;
import be.epn.campus.progress.model.QuizAttempt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaProgressRepository implements ProgressRepository {

    @PersistenceContext(unitName = "campus")
    EntityManager em;

    @Override
    public void add(Object row) {
        em.persist(row);
        em.flush();
    }

    @Override
    public void lock(Person person) {
        em.lock(person, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public Optional<EpnDevice> device(String tokenHash) {
        return em.createNamedQuery("EpnDevice.byToken", EpnDevice.class).setParameter("hash", tokenHash)
                .getResultStream().findFirst();
    }

    @Override
    public List<EpnDevice> devices(Epn epn) {
        return em.createNamedQuery("EpnDevice.ofEpn", EpnDevice.class).setParameter("epn", epn).getResultList();
    }

    @Override
    public Optional<QuizAttempt> attempt(Long id) {
        return Optional.ofNullable(em.find(QuizAttempt.class, id));
    }

    @Override
    public Optional<QuizAttempt> openAttempt(Person person, ModuleActivity quiz) {
        return em.createNamedQuery("QuizAttempt.open", QuizAttempt.class).setParameter("person", person)
                .setParameter("activity", quiz).getResultStream().findFirst();
    }

    @Override
    public List<QuizAttempt> attempts(Person person, ModuleActivity quiz) {
        return em.createNamedQuery("QuizAttempt.all", QuizAttempt.class).setParameter("person", person)
                .setParameter("activity", quiz).getResultList();
    }

    @Override
    public Optional<ActivityProgress> activityProgress(Person person, ModuleActivity activity) {
        return em.createNamedQuery("ActivityProgress.of", ActivityProgress.class).setParameter("person", person)
                .setParameter("activity", activity).getResultStream().findFirst();
    }

    @Override
    public List<ActivityProgress> activityProgress(Person person, LearningModule module) {
        return em.createNamedQuery("ActivityProgress.inModule", ActivityProgress.class).setParameter("person", person)
                .setParameter("module", module).getResultList();
    }

    @Override
    public Optional<ModuleProgress> moduleProgress(Person person, LearningModule module) {
        return em.createNamedQuery("ModuleProgress.of", ModuleProgress.class).setParameter("person", person)
                .setParameter("module", module).getResultStream().findFirst();
    }

    @Override
    public List<ModuleProgress> moduleProgress(Person person) {
        return em.createNamedQuery("ModuleProgress.ofPerson", ModuleProgress.class).setParameter("person", person).getResultList();
    }

    @Override
    public List<CompetenceEvidence> evidence(Person person) {
        return em.createNamedQuery("CompetenceEvidence.ofPerson", CompetenceEvidence.class).setParameter("person", person)
                .getResultList();
    }

    @Override
    public List<LearningRecord> records(Person person, int max) {
        return em.createNamedQuery("LearningRecord.ofPerson", LearningRecord.class).setParameter("person", person)
                .setMaxResults(max).getResultList();
    }

    @Override
    public List<Epn> epnsVisited(Person person) {
        return em.createQuery("SELECT r.epn, MAX(r.storedAt) FROM LearningRecord r WHERE r.person = :person AND r.epn IS NOT NULL"
                        + " GROUP BY r.epn ORDER BY MAX(r.storedAt) DESC", Object[].class)
                .setParameter("person", person).getResultList().stream().map(row -> (Epn) row[0]).toList();
    }
}
