package be.epn.campus.placement.service;

import be.epn.campus.people.model.Person;
import be.epn.campus.people.service.PeopleMerged;
import be.epn.campus.placement.model.LearningPlan;
import be.epn.campus.placement.model.PlacementSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Two records of one learner merged: the duplicate's placements join the kept record (a running one is closed
 * if the kept record has one running too: one placement at a time). The kept record's plan stays; the
 * duplicate's plan moves over only when the kept record has none.
 */
@ApplicationScoped
public class PlacementMerge {

    @PersistenceContext(unitName = "campus")
    EntityManager em;

    void onMerge(@Observes PeopleMerged merged) {
        Person kept = merged.kept();
        Person duplicate = merged.duplicate();
        boolean keptRunning = !list("SELECT p FROM PlacementSession p WHERE p.person = :p AND p.openFlag = 1",
                PlacementSession.class, kept).isEmpty();
        for (PlacementSession placement : list("SELECT p FROM PlacementSession p WHERE p.person = :p", PlacementSession.class,
                duplicate)) {
            placement.moveTo(kept, keptRunning);
            em.flush();
        }
        em.createQuery("UPDATE PlacementSession x SET x.startedBy = :kept WHERE x.startedBy = :dup")
                .setParameter("kept", kept).setParameter("dup", duplicate).executeUpdate();
        em.createQuery("UPDATE PlacementAnswer x SET x.helpedBy = :kept WHERE x.helpedBy = :dup")
                .setParameter("kept", kept).setParameter("dup", duplicate).executeUpdate();
        for (String update : new String[] {"UPDATE LearningPlan x SET x.updatedBy = :kept WHERE x.updatedBy = :dup",
                "UPDATE CalibratedItem x SET x.calibratedBy = :kept WHERE x.calibratedBy = :dup"}) {
            em.createQuery(update).setParameter("kept", kept).setParameter("dup", duplicate).executeUpdate();
        }
        List<LearningPlan> keptPlan = list("SELECT p FROM LearningPlan p WHERE p.person = :p", LearningPlan.class, kept);
        for (LearningPlan plan : list("SELECT p FROM LearningPlan p WHERE p.person = :p", LearningPlan.class, duplicate)) {
            if (keptPlan.isEmpty()) {
                plan.moveTo(kept);
            } else {
                em.remove(plan);
            }
            em.flush();
        }
    }

    private <T> List<T> list(String query, Class<T> type, Person person) {
        return em.createQuery(query, type).setParameter("p", person).getResultList();
    }
}
