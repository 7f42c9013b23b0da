package be.epn.campus.platform.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;

/**
 * Responses public caches may keep for a while, revalidated by entity tag: {@code If-None-Match} with the
 * current tag gets a 304 without the representation being built.
 */
public final class CachedResponses {

    /** Frameworks change when the curricula are reloaded, a rare event: five minutes of staleness is fine. */
    public static final String CACHE_CONTROL = "public, max-age=300";

    private CachedResponses() {
    }

    /**
     * A 200 with the entity, or a 304 when the request's {@code If-None-Match} holds that tag; the entity
     * is only built for a 200. Both carry the tag and {@value #CACHE_CONTROL}.
     *
     * @param tag what {@link EntityTags#of} made of everything the representation depends on
     */
    public static Response of(Request request, String tag, String mediaType, Supplier<Object> entity) {
        EntityTag entityTag = new EntityTag(tag);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(entityTag);
        Response.ResponseBuilder builder = notModified != null
                ? notModified
                : Response.ok(entity.get(), mediaType);
        return builder.tag(entityTag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
    }

    /** A JSON text already built, tagged by its own digest: for representations cheap to build. */
    public static Response ofJson(Request request, String json) {
        return of(request, EntityTags.of(List.of(json)), CampusApi.JSON_UTF8, () -> json);
    }
}
