package be.epn.campus.framework.persistence;

import be.epn.campus.framework.model.Framework;
import be.epn.campus.framework.model.FrameworkMapping;
import be.epn.campus.framework.model.FrameworkRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaFrameworkRepository implements FrameworkRepository {

    @PersistenceContext(unitName = "campus")
    private EntityManager em;

    @Override
    public List<Framework> all() {
        return em.createNamedQuery("Framework.all", Framework.class).getResultList();
    }

    @Override
    public Optional<Framework> find(String key) {
        return em.createNamedQuery("Framework.byKey", Framework.class)
                .setParameter("key", key)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Framework> find(UUID uuid) {
        return em.createNamedQuery("Framework.byUuid", Framework.class)
                .setParameter("uuid", uuid.toString())
                .getResultStream().findFirst();
    }

    @Override
    public long count() {
        return em.createNamedQuery("Framework.count", Long.class).getSingleResult();
    }

    @Override
    public void add(Framework framework) {
        em.persist(framework);
    }

    @Override
    public List<FrameworkMapping> mappings() {
        return em.createNamedQuery("FrameworkMapping.all", FrameworkMapping.class).getResultList();
    }

    @Override
    public List<FrameworkMapping> mappingsInvolving(Framework framework) {
        return em.createNamedQuery("FrameworkMapping.involving", FrameworkMapping.class)
                .setParameter("framework", framework)
                .getResultList();
    }

    @Override
    public Optional<FrameworkMapping> findMapping(String key) {
        return em.createNamedQuery("FrameworkMapping.byKey", FrameworkMapping.class)
                .setParameter("key", key)
                .getResultStream().findFirst();
    }

    @Override
    public void add(FrameworkMapping mapping) {
        em.persist(mapping);
    }
}
