package be.epn.campus.placement.persistence;

import be.epn.campus.people.model.Person;
import be.epn.campus.placement.model.CalibratedItem;
import be.epn.campus.placement.model.LearningPlan;
import be.epn.campus.placement.model.PlacementRepository;
import be.epn.campus.placement.model.PlacementSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPlacementRepository implements PlacementRepository {

    @PersistenceContext(unitName = "campus")
    EntityManager em;

    @Override
    public void add(Object row) {
        em.persist(row);
        em.flush();
    }

    @Override
    public Optional<PlacementSession> find(long id) {
        return Optional.ofNullable(em.find(PlacementSession.class, id));
    }

    @Override
    public Optional<PlacementSession> open(Person learner) {
        return em.createNamedQuery("PlacementSession.open", PlacementSession.class).setParameter("person", learner)
                .getResultStream().findFirst();
    }

    @Override
    public List<PlacementSession> of(Person learner) {
        return em.createNamedQuery("PlacementSession.ofPerson", PlacementSession.class).setParameter("person", learner)
                .getResultList();
    }

    @Override
    public List<PlacementSession> finished(String frameworkKey) {
        return em.createNamedQuery("PlacementSession.finished", PlacementSession.class)
                .setParameter("framework", frameworkKey)
                .setHint("eclipselink.batch", "p.answers").getResultList();
    }

    @Override
    public Optional<LearningPlan> plan(Person learner) {
        return em.createNamedQuery("LearningPlan.ofPerson", LearningPlan.class).setParameter("person", learner)
                .getResultStream().findFirst();
    }

    @Override
    public List<CalibratedItem> calibratedItems() {
        return em.createNamedQuery("CalibratedItem.all", CalibratedItem.class).getResultList();
    }

    @Override
    public Optional<CalibratedItem> calibratedItem(String itemKey) {
        return Optional.ofNullable(em.find(CalibratedItem.class, itemKey));
    }
}
