package be.epn.campus.people.persistence;

import be.epn.campus.people.model.Cohort;
import be.epn.campus.people.model.CohortRepository;
import be.epn.campus.people.model.Epn;
import be.epn.campus.people.model.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaCohortRepository implements CohortRepository {

    @PersistenceContext(unitName = "campus")
    private EntityManager em;

    @Override
    public List<Cohort> at(Epn epn) {
        return em.createNamedQuery("Cohort.atEpn", Cohort.class).setParameter("epn", epn).getResultList();
    }

    @Override
    public Optional<Cohort> find(UUID uuid) {
        return em.createNamedQuery("Cohort.byUuid", Cohort.class).setParameter("uuid", uuid.toString()).getResultStream().findFirst();
    }

    @Override
    public List<Cohort> withMember(Person person) {
        return em.createNamedQuery("Cohort.ofMember", Cohort.class).setParameter("person", person).getResultList();
    }

    @Override
    public List<Cohort> withAnimateur(Person person) {
        return em.createNamedQuery("Cohort.ofAnimateur", Cohort.class).setParameter("person", person).getResultList();
    }

    @Override
    public void add(Cohort cohort) {
        em.persist(cohort);
    }
}
