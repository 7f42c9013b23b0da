package be.epn.campus.certification.api;

import be.epn.campus.certification.service.CertificateFiles;
import be.epn.campus.certification.service.CertificateVerification;
import be.epn.campus.certification.service.Verdict;
import be.epn.campus.certification.web.VerificationThrottle;
import be.epn.campus.placement.api.ApiLanguage;
import be.epn.campus.platform.api.ApiError;
import be.epn.campus.platform.api.ApiException;
import be.epn.campus.platform.api.CampusApi;
import be.epn.campus.platform.api.ErrorResponses;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/certification/verify}: anyone checks a certificate, by the code printed on the PDF or by the
 * credential file. Public and rate-limited per client address, like the verification page: the answer comes
 * from the register and our signature, so the limit is what keeps the register from being scraped.
 */
@Path("certification/verify")
@RequestScoped
@Produces(CampusApi.JSON_UTF8)
@Tag(name = "certification")
public class VerificationResource {

    /** A credential we issue is a few kilobytes; anything much larger is not one, and is not read. */
    static final int MAX_CREDENTIAL_BYTES = 64 * 1024;

    @EJB
    CertificateVerification verification;

    @Inject
    VerificationThrottle throttle;

    @Context
    HttpServletRequest request;

    /** fr, nl or en; else Accept-Language. (An @Parameter here makes Payara's OpenAPI document fail: not on fields.) */
    @QueryParam("lang")
    String lang;

    @GET
    @Operation(summary = "Verify the code printed on a certificate (or the address its QR code carries)")
    @APIResponse(responseCode = "200", description = "The verdict, with the holder's name when the code is ours",
            content = @Content(schema = @Schema(implementation = VerdictDto.class)))
    @APIResponse(responseCode = "429", description = "Too many verifications from this address: see Retry-After")
    public Response byCode(@QueryParam("code") String code) {
        // The code is the proof of having been shown the PDF, which names the holder: the name may be told.
        return throttled(() -> VerdictDto.of(verification.byCode(code), ApiLanguage.of(lang, request), true));
    }

    @POST
    // Not a form: a servlet filter may have read a form body as parameters, and the credential would look empty.
    @Consumes({CertificateFiles.CREDENTIAL_TYPE, "application/jwt", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Verify a credential file (the VC-JWT we issue), its signature, dates and revocation bit")
    @RequestBody(description = "The file's text, at most 64 KB", content = @Content(mediaType = "application/vc+jwt"))
    @APIResponse(responseCode = "200", description = "The verdict; the credential names nobody, nor does the answer",
            content = @Content(schema = @Schema(implementation = VerdictDto.class)))
    @APIResponse(responseCode = "413", description = "Larger than any credential we issue")
    @APIResponse(responseCode = "415", description = "Sent as a form: send the file as application/vc+jwt or text/plain")
    @APIResponse(responseCode = "429", description = "Too many verifications from this address: see Retry-After")
    public Response byCredential(InputStream body) {
        return throttled(() -> {
            Verdict verdict = verification.byCredential(text(body));
            return VerdictDto.of(verdict, ApiLanguage.of(lang, request), false);
        });
    }

    private Response throttled(Supplier<VerdictDto> verify) {
        if (!throttle.tryAcquire(request.getRemoteAddr())) {
            return ErrorResponses.of(Response.status(429).header("Retry-After", throttle.retryAfterSeconds()),
                    ApiError.of(429, "Too many verifications from this address; try again later."));
        }
        return Response.ok(verify.get()).header("Cache-Control", "no-store").build();
    }

    /** The body as text, refused past the limit without reading the rest. */
    private static String text(InputStream body) {
        try (body) {
            byte[] read = body.readNBytes(MAX_CREDENTIAL_BYTES + 1);
            if (read.length > MAX_CREDENTIAL_BYTES) {
                throw new ApiException(ApiError.of(413, "A credential file is at most 64 KB."));
            }
            return new String(read, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
