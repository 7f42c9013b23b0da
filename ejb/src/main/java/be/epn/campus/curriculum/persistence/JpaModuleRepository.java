package be.epn.campus.curriculum.persistence;

import be.epn.campus.curriculum.model.LearningModule;
import be.epn.campus.curriculum.model.ModuleFile;
import be.epn.campus.curriculum.model.ModuleRepository;
import be.epn.campus.curriculum.model.SearchTerm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaModuleRepository implements ModuleRepository {

    @PersistenceContext(unitName = "campus")
    private EntityManager em;

    @Override
    public List<LearningModule> all() {
        return em.createNamedQuery("LearningModule.all", LearningModule.class).getResultList();
    }

    @Override
    public List<LearningModule> ofFramework(String frameworkKey) {
        return em.createNamedQuery("LearningModule.ofFramework", LearningModule.class).setParameter("framework", frameworkKey)
                .getResultList();
    }

    @Override
    public Optional<LearningModule> find(String key) {
        return em.createNamedQuery("LearningModule.byKey", LearningModule.class).setParameter("key", key)
                .getResultStream().findFirst();
    }

    @Override
    public void add(LearningModule module) {
        em.persist(module);
    }

    @Override
    public void forgetTerms(LearningModule module) {
        em.createQuery("DELETE FROM SearchTerm t WHERE t.module = :module").setParameter("module", module).executeUpdate();
    }

    @Override
    public void add(SearchTerm term) {
        em.persist(term);
    }

    @Override
    public Optional<ModuleFile> file(String moduleKey, String path) {
        return em.createNamedQuery("ModuleFile.byPath", ModuleFile.class).setParameter("module", moduleKey)
                .setParameter("path", path).getResultStream().findFirst();
    }

    @Override
    public List<ModuleFile> files(LearningModule module) {
        return em.createNamedQuery("ModuleFile.ofModule", ModuleFile.class).setParameter("module", module).getResultList();
    }

    @Override
    public List<SearchHit> search(List<String> words, int max) {
        if (words.isEmpty()) {
            return List.of();
        }
        Map<LearningModule, Long> scores = null;
        Map<LearningModule, Set<ModuleFile>> documents = new HashMap<>();
        for (String word : words) {
            Map<LearningModule, Long> found = new HashMap<>();
            List<SearchTerm> terms = em.createQuery("SELECT t FROM SearchTerm t JOIN FETCH t.module LEFT JOIN FETCH t.file"
                    + " WHERE t.term LIKE :prefix", SearchTerm.class).setParameter("prefix", word + "%").getResultList();
            for (SearchTerm term : terms) {
                found.merge(term.getModule(), (long) term.getHits(), Long::sum);
                if (term.getFile() != null) {
                    documents.computeIfAbsent(term.getModule(), m -> new LinkedHashSet<>()).add(term.getFile());
                }
            }
            if (scores == null) {
                scores = found;
            } else {
                Map<LearningModule, Long> both = new LinkedHashMap<>();
                for (Map.Entry<LearningModule, Long> entry : scores.entrySet()) {
                    Long more = found.get(entry.getKey());
                    if (more != null) {
                        both.put(entry.getKey(), entry.getValue() + more);
                    }
                }
                scores = both;
            }
        }
        List<SearchHit> hits = new ArrayList<>();
        scores.forEach((module, score) -> hits.add(new SearchHit(module, score,
                List.copyOf(documents.getOrDefault(module, Set.of())))));
        hits.sort(Comparator.comparingLong(SearchHit::score).reversed().thenComparing(h -> h.module().getKey()));
        return hits.size() > max ? hits.subList(0, max) : hits;
    }
}
