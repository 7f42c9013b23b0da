package be.epn.campus.framework.api;

import be.epn.campus.framework.model.Framework;
import be.epn.campus.framework.model.FrameworkMapping;
import be.epn.campus.framework.service.FrameworkCatalog;
import be.epn.campus.platform.api.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Finds frameworks for the API from what a client typed, and answers 404 for anything that is not one,
 * malformed identifiers included: a client cannot tell "no such framework" from "not even an id".
 */
@ApplicationScoped
public class FrameworkLookup {

    static final Pattern KEY = Pattern.compile("[a-z0-9.-]{1,64}");
    /** A UUID in its canonical form only; {@link UUID#fromString} also takes odd forms such as 1-2-3-4-5. */
    static final Pattern CASE_ID = Pattern.compile("[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}");

    @Inject
    FrameworkCatalog catalog;

    /** The framework with that id (key) and its elements, or a 404 {@link ApiException}. */
    public Framework byKey(String id) {
        if (!isKey(id)) {
            throw ApiException.notFound("No framework with that id");
        }
        return catalog.framework(id).orElseThrow(() -> ApiException.notFound("No framework with id '" + id + "'"));
    }

    /** The framework whose CASE document identifier (its UUID) that is, or a 404 {@link ApiException}. */
    public Framework byCaseId(String sourcedId) {
        return caseId(sourcedId).flatMap(catalog::framework)
                .orElseThrow(() -> ApiException.notFound("No CFDocument or CFPackage with that identifier"));
    }

    /** A framework by key with its elements, or empty: for mapping targets, which may be gone. */
    public Optional<Framework> find(String key) {
        return catalog.framework(key);
    }

    /** Every framework, elements not loaded. */
    public List<Framework> all() {
        return catalog.frameworks();
    }

    /** The mappings from or to the framework, with their entries. */
    public List<FrameworkMapping> mappings(Framework framework) {
        return catalog.mappingsInvolving(framework.getKey());
    }

    static boolean isKey(String id) {
        return id != null && KEY.matcher(id).matches();
    }

    /** The UUID of a CASE identifier in canonical form, or a 404 {@link ApiException}. */
    static UUID requireCaseId(String sourcedId, String what) {
        return caseId(sourcedId).orElseThrow(() -> ApiException.notFound("No " + what + " with that identifier"));
    }

    static Optional<UUID> caseId(String sourcedId) {
        return sourcedId != null && CASE_ID.matcher(sourcedId).matches()
                ? Optional.of(UUID.fromString(sourcedId))
                : Optional.empty();
    }
}
