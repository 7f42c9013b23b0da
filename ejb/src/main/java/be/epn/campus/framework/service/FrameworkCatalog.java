package be.epn.campus.framework.service;

import be.epn.campus.framework.model.Framework;
import be.epn.campus.framework.model.FrameworkMapping;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read access to the competence frameworks, for pages, the REST API and other features. */
public interface FrameworkCatalog {

    /** Every framework loaded, by family then version; their elements are not loaded. */
    List<Framework> frameworks();

    /**
     * One framework with all its elements (bands, levels, areas, competences) loaded, so it can be read
     * outside a transaction; empty when no framework has that key.
     */
    Optional<Framework> framework(String key);

    /** The same, found by the framework's UUID (the CASE document identifier). */
    Optional<Framework> framework(UUID uuid);

    long frameworkCount();

    /** Mappings from or to the framework, with their entries. */
    List<FrameworkMapping> mappingsInvolving(String key);
}
