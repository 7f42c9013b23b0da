package be.epn.campus.placement.api;

import be.epn.campus.placement.service.PlacementBank;
import be.epn.campus.platform.curricula.CurriculumFile;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/placements/pictures?path=images/x.svg}: the pictures of hotspot items, as the item's
 * {@code picture.url} gives them. Only files of the item bank's folder are served (the bank lists them), with
 * a type from a short list, never guessed by the browser, and an SVG cannot run script.
 */
@Path("placements/pictures")
@RequestScoped
@Tag(name = "placement")
public class PlacementPictureResource {

    private static final Map<String, String> TYPES = Map.of("svg", "image/svg+xml", "png", "image/png", "jpg", "image/jpeg",
            "jpeg", "image/jpeg", "webp", "image/webp");

    @EJB
    PlacementBank bank;

    @GET
    @Operation(summary = "A picture of a hotspot item")
    @APIResponse(responseCode = "200", description = "The picture")
    @APIResponse(responseCode = "404", description = "No such picture in the item bank")
    public Response picture(@QueryParam("path") String path, @Context Request request) {
        if (path == null || path.contains("..")) {
            throw new NotFoundException();
        }
        CurriculumFile file = bank.picture(path).orElseThrow(NotFoundException::new);
        String type = TYPES.get(path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
        if (type == null) {
            throw new NotFoundException();
        }
        EntityTag tag = new EntityTag(file.sha256());
        CacheControl cache = new CacheControl();
        cache.setPrivate(true); // behind sign-in: no shared cache keeps it
        cache.setMaxAge(3600);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.cacheControl(cache).build();
        }
        return Response.ok(file.content(), type).tag(tag).cacheControl(cache)
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox").build();
    }
}
