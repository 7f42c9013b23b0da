package be.epn.campus.certification.api;

import be.epn.campus.certification.service.CertificateView;
import be.epn.campus.certification.service.Certifications;
import be.epn.campus.placement.api.ApiLanguage;
import be.epn.campus.placement.api.Requests;
import be.epn.campus.platform.Language;
import be.epn.campus.platform.api.CampusApi;
import be.epn.campus.platform.api.PathIds;
import be.epn.campus.platform.errors.RefusedException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/learners/{uuid}/certificates}: a learner's certificates and standing on every type, for the learner
 * and staff who may see their record; issuing by that staff when the rule is met. {@link Certifications} checks
 * who asks.
 */
@Path("learners/{id}/certificates")
@RequestScoped
@Produces(CampusApi.JSON_UTF8)
@Tag(name = "certification")
public class LearnerCertificatesResource {

    @EJB
    Certifications certifications;

    @Context
    HttpServletRequest request;

    @PathParam("id")
    String id;

    @QueryParam("lang")
    String lang;

    @GET
    @Operation(summary = "A learner's certificates, and where they stand on every certificate type")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LearnerCertificatesDto.class)))
    @APIResponse(responseCode = "403", description = "Neither the learner nor staff who may see their record")
    public LearnerCertificatesDto certificates() {
        UUID learner = learner();
        return LearnerCertificatesDto.of(learner, certifications.of(learner), certifications.eligibility(learner),
                ApiLanguage.of(lang, request));
    }

    @POST
    @Operation(summary = "Issue a certificate whose rule the learner meets (staff who may see the learner's record)")
    @RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(implementation = CertificateRequests.Issue.class)))
    @APIResponse(responseCode = "201", description = "The certificate issued; its files at /api/certificates/{uuid}/pdf and /credential",
            content = @Content(schema = @Schema(implementation = CertificateDto.class)))
    @APIResponse(responseCode = "403", description = "The learner themself, or not staff who may see their record")
    @APIResponse(responseCode = "422", description = "certificate.refused.noType, already, missing or notAlone")
    public Response issue(String body) {
        UUID learner = learner();
        CertificateRequests.Issue issue = Requests.read(body, CertificateRequests.Issue.class, new CertificateRequests.Issue(null),
                () -> mayIssue(learner));
        Language language = ApiLanguage.of(lang, request); // a bad lang must not answer 400 once the certificate exists
        CertificateView issued = Refusals.worded(() -> certifications.issue(learner, issue.type()));
        return Response.status(Response.Status.CREATED).entity(CertificateDto.of(issued, language, true)).build();
    }

    /** Without a type, the service checks the caller, then refuses for want of a type, having changed nothing. */
    private void mayIssue(UUID learner) {
        try {
            certifications.issue(learner, null);
        } catch (RefusedException noType) {
            // the caller may issue to this learner: the body is what is wrong
        }
    }

    private UUID learner() {
        return PathIds.uuid(id, "person");
    }
}
