package be.epn.campus.framework.model;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where frameworks and their mappings are kept. Callers provide the transaction. */
public interface FrameworkRepository {

    List<Framework> all();

    Optional<Framework> find(String key);

    Optional<Framework> find(UUID uuid);

    long count();

    void add(Framework framework);

    List<FrameworkMapping> mappings();

    List<FrameworkMapping> mappingsInvolving(Framework framework);

    Optional<FrameworkMapping> findMapping(String key);

    void add(FrameworkMapping mapping);
}
