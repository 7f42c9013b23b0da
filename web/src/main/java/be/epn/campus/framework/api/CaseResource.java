package be.epn.campus.framework.api;

import be.epn.campus.framework.interop.CasePackageBuilder;
import be.epn.campus.platform.Language;
import be.epn.campus.platform.api.ApiException;
import be.epn.campus.platform.api.CachedResponses;
import be.epn.campus.platform.api.CampusApi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;

/**
 * The read side of the 1EdTech CASE 1.1 REST service, at {@code /api/ims/case/v1p1/}. Every endpoint takes
 * {@code ?lang=fr|nl|en} (English by default). Unknown or malformed identifiers get a 404 with an
 * {@link be.epn.campus.platform.api.ApiError} body.
 */
@Path(CaseExport.CASE_PATH)
@RequestScoped
@Produces(CampusApi.JSON_UTF8)
public class CaseResource {

    @Inject
    FrameworkLookup frameworks;

    @Inject
    CaseExport export;

    @GET
    @Path("CFPackages/{sourcedId}")
    public Response cfPackage(@PathParam("sourcedId") String sourcedId, @QueryParam("lang") String lang,
                              @Context UriInfo uriInfo, @Context Request request) {
        Language language = CaseLanguage.parse(lang);
        return export.cfPackage(frameworks.byCaseId(sourcedId), language, uriInfo, request);
    }

    @GET
    @Path("CFDocuments")
    public Response cfDocuments(@QueryParam("lang") String lang, @Context UriInfo uriInfo, @Context Request request) {
        return json(request, export.cfDocuments(builder(lang, uriInfo)));
    }

    @GET
    @Path("CFDocuments/{sourcedId}")
    public Response cfDocument(@PathParam("sourcedId") String sourcedId, @QueryParam("lang") String lang,
                               @Context UriInfo uriInfo, @Context Request request) {
        CasePackageBuilder builder = builder(lang, uriInfo);
        return json(request, builder.cfDocument(frameworks.byCaseId(sourcedId)));
    }

    @GET
    @Path("CFItems/{sourcedId}")
    public Response cfItem(@PathParam("sourcedId") String sourcedId, @QueryParam("lang") String lang,
                           @Context UriInfo uriInfo, @Context Request request) {
        CasePackageBuilder builder = builder(lang, uriInfo);
        return json(request, found(export.cfItem(builder, FrameworkLookup.requireCaseId(sourcedId, "CFItem")), "CFItem"));
    }

    @GET
    @Path("CFAssociations/{sourcedId}")
    public Response cfAssociation(@PathParam("sourcedId") String sourcedId, @QueryParam("lang") String lang,
                                  @Context UriInfo uriInfo, @Context Request request) {
        CasePackageBuilder builder = builder(lang, uriInfo);
        return json(request, found(export.cfAssociation(builder,
                FrameworkLookup.requireCaseId(sourcedId, "CFAssociation")), "CFAssociation"));
    }

    @GET
    @Path("CFLicenses/{sourcedId}")
    public Response cfLicense(@PathParam("sourcedId") String sourcedId, @QueryParam("lang") String lang,
                              @Context UriInfo uriInfo, @Context Request request) {
        CasePackageBuilder builder = builder(lang, uriInfo);
        return json(request, found(export.cfLicense(builder, FrameworkLookup.requireCaseId(sourcedId, "CFLicense")), "CFLicense"));
    }

    private static CasePackageBuilder builder(String lang, UriInfo uriInfo) {
        return CaseExport.builder(uriInfo, CaseLanguage.parse(lang));
    }

    private static JsonObject found(Optional<JsonObject> object, String what) {
        return object.orElseThrow(() -> ApiException.notFound("No " + what + " with that identifier"));
    }

    private static Response json(Request request, JsonObject object) {
        return CachedResponses.ofJson(request, object.toString());
    }
}
