package be.epn.campus.people.persistence;

import be.epn.campus.people.model.Epn;
import be.epn.campus.people.model.EpnRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaEpnRepository implements EpnRepository {

    @PersistenceContext(unitName = "campus")
    private EntityManager em;

    @Override
    public List<Epn> all() {
        return em.createNamedQuery("Epn.all", Epn.class).getResultList();
    }

    @Override
    public Optional<Epn> find(UUID uuid) {
        return em.createNamedQuery("Epn.byUuid", Epn.class).setParameter("uuid", uuid.toString()).getResultStream().findFirst();
    }

    @Override
    public Optional<Epn> byName(String name) {
        return em.createNamedQuery("Epn.byName", Epn.class).setParameter("name", name).getResultStream().findFirst();
    }

    @Override
    public Optional<Epn> byId(Long id) {
        return Optional.ofNullable(em.find(Epn.class, id));
    }

    @Override
    public void add(Epn epn) {
        em.persist(epn);
    }
}
