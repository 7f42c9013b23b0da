package be.epn.campus.framework.service;

import be.epn.campus.framework.model.CompetenceArea;
import be.epn.campus.framework.model.Framework;
import be.epn.campus.framework.model.FrameworkMapping;
import be.epn.campus.framework.model.FrameworkRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultFrameworkCatalog implements FrameworkCatalog {

    @Inject
    FrameworkRepository repository;

    @Override
    public List<Framework> frameworks() {
        return repository.all();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Optional<Framework> framework(String key) {
        return repository.find(key).map(DefaultFrameworkCatalog::withElements);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Optional<Framework> framework(UUID uuid) {
        return repository.find(uuid).map(DefaultFrameworkCatalog::withElements);
    }

    @Override
    public long frameworkCount() {
        return repository.count();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<FrameworkMapping> mappingsInvolving(String key) {
        List<FrameworkMapping> mappings = repository.find(key).map(repository::mappingsInvolving).orElse(List.of());
        for (FrameworkMapping mapping : mappings) {
            mapping.getEntries().size();
            mapping.getSource().getKey();
            mapping.getTarget().getKey();
        }
        return mappings;
    }

    /** Loads every element while the transaction is open; a framework is small (tens of rows). */
    private static Framework withElements(Framework framework) {
        framework.getBands().size();
        framework.getLevels().forEach(level -> level.getBand().getCode());
        for (CompetenceArea area : framework.getAreas()) {
            area.getCompetences().size();
        }
        framework.getCompetences().forEach(c -> c.getArea().getCode());
        return framework;
    }
}
