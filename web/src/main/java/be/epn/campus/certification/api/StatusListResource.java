package be.epn.campus.certification.api;

import be.epn.campus.certification.service.CertificateFiles;
import be.epn.campus.certification.service.StatusLists;
import be.epn.campus.platform.errors.RecordNotFoundException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/certification/status/{id}}: a revocation list, the address written in every credential's
 * {@code credentialStatus}. Public: any verifier's software fetches it. Cached five minutes, so that a
 * revocation reaches verifiers quickly while a busy verifier does not sign a list on every request.
 */
@Path("certification/status/{id}")
@RequestScoped
@Tag(name = "certification")
public class StatusListResource {

    static final int MAX_AGE_SECONDS = 300;

    @EJB
    StatusLists lists;

    @GET
    @Produces(CertificateFiles.CREDENTIAL_TYPE)
    @Operation(summary = "A signed BitstringStatusListCredential (VC-JWT): bit 1 is a revoked certificate")
    @APIResponse(responseCode = "200", description = "The compact JWS")
    @APIResponse(responseCode = "404", description = "No such list")
    public Response list(@PathParam("id") String id) {
        long listId;
        try {
            listId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new RecordNotFoundException("status list " + id);
        }
        String signed = lists.signedList(listId).orElseThrow(() -> new RecordNotFoundException("status list " + id));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE_SECONDS);
        return Response.ok(signed, CertificateFiles.CREDENTIAL_TYPE).cacheControl(cache).build();
    }
}
