package be.epn.campus.certification.api;

import be.epn.campus.certification.service.CertificateAdministration;
import be.epn.campus.certification.service.CertificateView;
import be.epn.campus.placement.api.ApiLanguage;
import be.epn.campus.placement.api.Requests;
import be.epn.campus.platform.Language;
import be.epn.campus.platform.api.CampusApi;
import be.epn.campus.platform.api.PathIds;
import be.epn.campus.platform.errors.RefusedException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The coordinators' acts on the register: revoking a certificate (published at once in its status list) and
 * rotating the signing key. {@link CertificateAdministration} checks that the caller is a coordinator.
 */
@Path("certification")
@RequestScoped
@Produces(CampusApi.JSON_UTF8)
@Tag(name = "certification")
public class CertificateRegisterResource {

    @EJB
    CertificateAdministration administration;

    @Context
    HttpServletRequest request;

    @QueryParam("lang")
    String lang;

    @POST
    @Path("certificates/{id}/revocation")
    @Operation(summary = "Revoke a certificate, with a reason (coordinator)")
    @RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(implementation = CertificateRequests.Revocation.class)))
    @APIResponse(responseCode = "200", description = "The certificate, revoked", content = @Content(schema = @Schema(implementation = CertificateDto.class)))
    @APIResponse(responseCode = "403", description = "Not a coordinator")
    @APIResponse(responseCode = "404", description = "No such certificate")
    @APIResponse(responseCode = "422", description = "certificate.refused.reason (5 to 500 characters) or revoked (already)")
    public CertificateDto revoke(@PathParam("id") String id, String body) {
        UUID certificate = PathIds.uuid(id, "certificate");
        CertificateRequests.Revocation revocation = Requests.read(body, CertificateRequests.Revocation.class,
                new CertificateRequests.Revocation(null), () -> mayRevoke(certificate));
        Language language = ApiLanguage.of(lang, request); // a bad lang must not answer 400 once it is revoked
        CertificateView revoked = Refusals.worded(() -> administration.revoke(certificate, revocation.reason()));
        return CertificateDto.of(revoked, language, true);
    }

    @POST
    @Path("keys/rotation")
    @Operation(summary = "Sign new certificates with a new key; the retired keys stay published (coordinator)")
    @APIResponse(responseCode = "200", description = "{\"kid\": the new key's id}")
    @APIResponse(responseCode = "403", description = "Not a coordinator")
    public JsonObject rotateKey() {
        return Json.createObjectBuilder().add("kid", administration.rotateKey()).build();
    }

    /** Without a reason, the service checks the caller, then refuses for want of a reason, having changed nothing. */
    private void mayRevoke(UUID certificate) {
        try {
            administration.revoke(certificate, null);
        } catch (RefusedException noReason) {
            // the caller is a coordinator: the body is what is wrong
        }
    }
}
