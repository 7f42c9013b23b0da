package be.epn.campus.framework.api;

import be.epn.campus.framework.model.Framework;
import be.epn.campus.framework.model.FrameworkMapping;
import be.epn.campus.platform.api.CachedResponses;
import be.epn.campus.platform.api.CampusApi;
import be.epn.campus.platform.api.EntityTags;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code /api/frameworks}: the competence frameworks loaded, as our JSON or as a CASE package. Responses
 * may be cached five minutes and are revalidated by entity tag, since frameworks only change when the
 * curricula are reloaded.
 */
@Path("frameworks")
@RequestScoped
@Produces(CampusApi.JSON_UTF8)
public class FrameworkResource {

    @Inject
    FrameworkLookup frameworks;

    @Inject
    CaseExport caseExport;

    /** Every framework, by family then version, with the size of each. */
    @GET
    public Response list(@Context UriInfo uriInfo, @Context Request request) {
        List<Framework> all = frameworks.all();
        List<String> parts = new ArrayList<>(List.of("list", uriInfo.getBaseUri().toString()));
        all.forEach(f -> parts.add(f.getKey() + "@" + f.getContentHash()));
        return CachedResponses.of(request, EntityTags.of(parts), CampusApi.JSON_UTF8, () -> {
            FrameworkMapper mapper = new FrameworkMapper(uriInfo.getBaseUri());
            List<FrameworkSummary> summaries = all.stream()
                    .map(f -> frameworks.find(f.getKey()))
                    .flatMap(Optional::stream)
                    .map(mapper::summary)
                    .toList();
            return new GenericEntity<List<FrameworkSummary>>(summaries) { };
        });
    }

    /** One framework with all its elements and the mappings from or to it; 404 for an unknown id. */
    @GET
    @Path("{id}")
    public Response framework(@PathParam("id") String id, @Context UriInfo uriInfo, @Context Request request) {
        Framework framework = frameworks.byKey(id);
        List<FrameworkMapping> mappings = frameworks.mappings(framework);
        List<String> parts = new ArrayList<>(List.of("detail", uriInfo.getBaseUri().toString(),
                framework.getKey(), framework.getContentHash()));
        mappings.forEach(m -> parts.add(m.getKey() + "@" + m.getLoadedAt()));
        return CachedResponses.of(request, EntityTags.of(parts), CampusApi.JSON_UTF8,
                () -> new FrameworkMapper(uriInfo.getBaseUri()).detail(framework, mappings));
    }

    /** The framework as a CASE 1.1 CFPackage; {@code ?lang=fr|nl|en}, English by default. */
    @GET
    @Path("{id}/case")
    public Response casePackage(@PathParam("id") String id, @QueryParam("lang") String lang,
                                @Context UriInfo uriInfo, @Context Request request) {
        var language = CaseLanguage.parse(lang);
        return caseExport.cfPackage(frameworks.byKey(id), language, uriInfo, request);
    }
}
