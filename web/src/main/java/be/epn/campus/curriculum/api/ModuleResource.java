package be.epn.campus.curriculum.api;

import be.epn.campus.curriculum.service.ModuleCatalog;
import be.epn.campus.curriculum.service.ModuleSearchResult;
import be.epn.campus.curriculum.service.ModuleSummary;
import be.epn.campus.platform.api.CampusApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * {@code /api/modules}: the learning modules, a full-text search across them (documents included), and their
 * files (pictures, documents) at {@code /api/modules/{key}/file?path=images/x.svg}. The curricula are public, like the frameworks. A file is served with the type
 * detected from its content at import, never guessed by the browser, and an SVG cannot run script even if
 * opened on its own.
 */
@Path("modules")
@RequestScoped
public class ModuleResource {

    @EJB
    ModuleCatalog catalog;

    @GET
    @Produces(CampusApi.JSON_UTF8)
    public List<ModuleSummary> list() {
        return catalog.all();
    }

    /** Modules holding every word of {@code q}, best first, with the documents where words were found. */
    @GET
    @Path("search")
    @Produces(CampusApi.JSON_UTF8)
    public List<ModuleSearchResult> search(@QueryParam("q") String query) {
        return query == null || query.isBlank() || query.length() > 200 ? List.of() : catalog.search(query);
    }

    @GET
    @Path("{key}")
    @Produces(CampusApi.JSON_UTF8)
    public ModuleSummary module(@PathParam("key") String key) {
        return catalog.summary(key).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("{key}/file")
    public Response file(@PathParam("key") String key, @QueryParam("path") String path, @Context Request request) {
        if (path == null || path.contains("..") || path.equals("module.json")) {
            throw new NotFoundException();
        }
        ModuleCatalog.StoredFile file = catalog.file(key, path).orElseThrow(NotFoundException::new);
        EntityTag tag = new EntityTag(file.sha256());
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.cacheControl(cache).build();
        }
        String name = path.substring(path.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        Response.ResponseBuilder response = Response.ok(file.content(), file.mediaType()).tag(tag).cacheControl(cache)
                .header("Content-Disposition", (file.mediaType().startsWith("image/") || file.mediaType().equals("application/pdf")
                        ? "inline" : "attachment") + "; filename=\"" + name + "\"");
        if (file.mediaType().equals("image/svg+xml")) {
            response.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        }
        return response.build();
    }
}
