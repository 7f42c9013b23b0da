package be.epn.campus.certification.api;

import be.epn.campus.certification.service.CertificateFiles;
import be.epn.campus.platform.api.PathIds;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/certificates/{uuid}/pdf} and {@code .../credential}: a certificate's two files, for the learner and
 * for staff who may see the learner's record ({@link CertificateFiles} checks who asks). Sent as attachments,
 * never cached by shared caches: they carry a person's name and achievement.
 */
@Path("certificates/{id}")
@RequestScoped
@Tag(name = "certification")
public class CertificateFilesResource {

    @EJB
    CertificateFiles files;

    @PathParam("id")
    String id;

    @GET
    @Path("pdf")
    @Produces("application/pdf")
    @Operation(summary = "The certificate as issued, a printable PDF with its QR code and verification code")
    @APIResponse(responseCode = "200", description = "The PDF")
    @APIResponse(responseCode = "403", description = "Neither the holder nor staff who may see their record")
    @APIResponse(responseCode = "404", description = "No such certificate")
    public Response pdf() {
        return send(files.pdf(uuid()));
    }

    @GET
    @Path("credential")
    @Produces(CertificateFiles.CREDENTIAL_TYPE)
    @Operation(summary = "The Open Badges 3.0 credential, signed (VC-JWT, ES256)")
    @APIResponse(responseCode = "200", description = "The compact JWS")
    @APIResponse(responseCode = "403", description = "Neither the holder nor staff who may see their record")
    @APIResponse(responseCode = "404", description = "No such certificate")
    public Response credential() {
        return send(files.credential(uuid()));
    }

    private UUID uuid() {
        return PathIds.uuid(id, "certificate");
    }

    private static Response send(CertificateFiles.File file) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        return Response.ok(file.bytes(), file.mediaType()).cacheControl(noStore)
                .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
