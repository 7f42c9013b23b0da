package be.epn.campus.framework.api;

import be.epn.campus.framework.interop.CasePackageBuilder;
import be.epn.campus.framework.model.Framework;
import be.epn.campus.framework.model.FrameworkMapping;
import be.epn.campus.platform.Language;
import be.epn.campus.platform.api.CachedResponses;
import be.epn.campus.platform.api.CampusApi;
import be.epn.campus.platform.api.EntityTags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Serves frameworks as CASE: loads what {@link CasePackageBuilder} needs (the framework, its mappings, the
 * mappings' target frameworks) and finds single CASE objects by identifier. Frameworks are few (a handful
 * of versions), so finding an item by going through them is cheap.
 */
@ApplicationScoped
public class CaseExport {

    /** Where the CASE service lives under the API's base: the standard path of CASE 1.1. */
    static final String CASE_PATH = "ims/case/v1p1";

    @Inject
    FrameworkLookup frameworks;

    static CasePackageBuilder builder(UriInfo uriInfo, Language language) {
        String base = uriInfo.getBaseUri().toString();
        return new CasePackageBuilder(URI.create(base.endsWith("/") ? base : base + "/").resolve(CASE_PATH + "/"), language);
    }

    /**
     * The CFPackage of a framework, tagged by everything it is made of: the framework's file, its outgoing
     * mappings and their targets' files, the language and the base URI (its URIs are absolute).
     */
    public Response cfPackage(Framework framework, Language language, UriInfo uriInfo, Request request) {
        List<FrameworkMapping> mappings = frameworks.mappings(framework);
        Map<String, Optional<Framework>> targets = new LinkedHashMap<>();
        List<String> parts = new ArrayList<>(List.of("case-package", uriInfo.getBaseUri().toString(), language.code(),
                framework.getKey(), framework.getContentHash()));
        for (FrameworkMapping mapping : mappings) {
            if (mapping.getSource().getKey().equals(framework.getKey())) {
                Optional<Framework> target = targets.computeIfAbsent(mapping.getTarget().getKey(), frameworks::find);
                parts.add(mapping.getKey() + "@" + mapping.getLoadedAt());
                parts.add(target.map(Framework::getContentHash).orElse("-"));
            }
        }
        Function<String, Optional<Framework>> targetByKey = key -> targets.getOrDefault(key, Optional.empty());
        return CachedResponses.of(request, EntityTags.of(parts), CampusApi.JSON_UTF8,
                () -> builder(uriInfo, language).cfPackage(framework, mappings, targetByKey).toString());
    }

    /** {@code {"CFDocuments": [...]}}: one document per framework. */
    public JsonObject cfDocuments(CasePackageBuilder builder) {
        JsonArrayBuilder documents = Json.createArrayBuilder();
        frameworks.all().forEach(framework -> documents.add(builder.cfDocument(framework)));
        return Json.createObjectBuilder().add("CFDocuments", documents).build();
    }

    /** The CFItem with that identifier, whichever framework has it; empty if none does. */
    public Optional<JsonObject> cfItem(CasePackageBuilder builder, UUID identifier) {
        return loaded().map(framework -> builder.cfItem(framework, identifier))
                .flatMap(Optional::stream).findFirst();
    }

    /** The CFAssociation with that identifier (tree or mapping), whichever package has it; empty if none. */
    public Optional<JsonObject> cfAssociation(CasePackageBuilder builder, UUID identifier) {
        return loaded().map(framework -> builder.cfAssociation(framework, frameworks.mappings(framework),
                        frameworks::find, identifier))
                .flatMap(Optional::stream).findFirst();
    }

    /** The CFLicense with that identifier, if some framework is under that licence. */
    public Optional<JsonObject> cfLicense(CasePackageBuilder builder, UUID identifier) {
        return frameworks.all().stream().map(framework -> builder.cfLicense(framework, identifier))
                .flatMap(Optional::stream).findFirst();
    }

    /** Every framework with its elements, loaded one by one as the search goes. */
    private Stream<Framework> loaded() {
        return frameworks.all().stream().map(f -> frameworks.find(f.getKey())).flatMap(Optional::stream);
    }
}
