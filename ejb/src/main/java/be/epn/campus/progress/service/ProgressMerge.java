package be.epn.campus.progress.service;

import be.epn.campus.people.model.Person;
import be.epn.campus.people.service.PeopleMerged;
import be.epn.campus.progress.model.ActivityProgress;
import be.epn.campus.progress.model.ModuleProgress;
import be.epn.campus.progress.model.QuizAttempt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * When two records of one learner are merged, the duplicate's progress joins the record kept: its events,
 * evidence and attempts move over (attempts renumbered after the kept record's, an open one closed), and where
 * both records hold the same activity or module, the further state wins and the module is recounted.
 */
@ApplicationScoped
public class ProgressMerge {

    @PersistenceContext(unitName = "campus")
    EntityManager em;

    @Inject
    ProgressBook book;

    void onMerge(@Observes PeopleMerged merged) {
        Person kept = merged.kept();
        Person duplicate = merged.duplicate();
        for (String entity : new String[] {"LearningRecord", "CompetenceEvidence"}) {
            em.createQuery("UPDATE " + entity + " x SET x.person = :kept WHERE x.person = :dup")
                    .setParameter("kept", kept).setParameter("dup", duplicate).executeUpdate();
        }
        em.createQuery("UPDATE CompetenceEvidence x SET x.recordedBy = :kept WHERE x.recordedBy = :dup")
                .setParameter("kept", kept).setParameter("dup", duplicate).executeUpdate();
        em.createQuery("UPDATE ActivityProgress x SET x.attestedBy = :kept WHERE x.attestedBy = :dup")
                .setParameter("kept", kept).setParameter("dup", duplicate).executeUpdate();
        em.createQuery("UPDATE EpnDevice x SET x.registeredBy = :kept WHERE x.registeredBy = :dup")
                .setParameter("kept", kept).setParameter("dup", duplicate).executeUpdate();
        // No entity of these kinds is managed in the merge transaction before this point, so the bulk
        // updates above leave nothing stale behind them.
        moveAttempts(kept, duplicate);
        moveActivities(kept, duplicate);
        for (ModuleProgress row : of("ModuleProgress", ModuleProgress.class, duplicate)) {
            em.remove(row);
            em.flush();
            book.moduleChanged(kept, row.getModule(), row.getCompletedEpn());
        }
    }

    private void moveAttempts(Person kept, Person duplicate) {
        for (QuizAttempt attempt : of("QuizAttempt", QuizAttempt.class, duplicate)) {
            int next = em.createQuery("SELECT COALESCE(MAX(a.number), 0) FROM QuizAttempt a WHERE a.person = :p AND a.activity = :q",
                    Integer.class).setParameter("p", kept).setParameter("q", attempt.getActivity()).getSingleResult() + 1;
            boolean keptHasOpen = !em.createQuery("SELECT a FROM QuizAttempt a WHERE a.person = :p AND a.activity = :q AND a.openFlag = 1",
                    QuizAttempt.class).setParameter("p", kept).setParameter("q", attempt.getActivity()).getResultList().isEmpty();
            attempt.moveTo(kept, next, keptHasOpen);
            em.flush();
        }
    }

    private void moveActivities(Person kept, Person duplicate) {
        for (ActivityProgress row : of("ActivityProgress", ActivityProgress.class, duplicate)) {
            List<ActivityProgress> mine = em.createQuery("SELECT p FROM ActivityProgress p WHERE p.person = :p AND p.activity = :a",
                    ActivityProgress.class).setParameter("p", kept).setParameter("a", row.getActivity()).getResultList();
            if (mine.isEmpty()) {
                row.moveTo(kept);
            } else {
                mine.get(0).absorb(row);
                em.remove(row);
            }
            em.flush();
        }
    }

    private <T> List<T> of(String entity, Class<T> type, Person person) {
        return em.createQuery("SELECT x FROM " + entity + " x WHERE x.person = :p", type).setParameter("p", person).getResultList();
    }
}
