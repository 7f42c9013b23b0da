package be.epn.campus.curriculum.api;

import be.epn.campus.curriculum.service.ModuleUploads;
import be.epn.campus.curriculum.service.UploadReport;
import be.epn.campus.curriculum.source.ProblemCodes;
import be.epn.campus.platform.api.CampusApi;
import be.epn.campus.platform.curricula.CurriculumProblem;
import be.epn.campus.platform.curricula.InvalidCurriculumException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * {@code POST /api/modules/packages}: a coordinator uploads a zip of modules (raw body, {@code application/zip}).
 * The body is streamed into the reader, never held whole; a {@code Content-Length} over the limit is refused
 * with {@code 413} before a byte is read. Accepted: {@code 201} with one outcome per module. Refused:
 * {@code 422} (or {@code 413} for a package too large) with every problem, and nothing changed. Only
 * coordinators reach it (web.xml), and the service checks again.
 */
@Path("modules/packages")
@RequestScoped
public class ModulePackageResource {

    @EJB
    ModuleUploads uploads;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes({"application/zip", "application/x-zip-compressed", "application/octet-stream"})
    @Produces(CampusApi.JSON_UTF8)
    public Response upload(InputStream body) {
        long declared = request.getContentLengthLong();
        try {
            // the reader closes what it reads; the request's stream stays open so that what is left of a
            // refused package can be read before answering (see drain)
            UploadReport report = uploads.upload(new FilterInputStream(body) {
                @Override
                public void close() {
                    // the container closes the request
                }
            }, declared);
            return Response.status(Response.Status.CREATED).entity(report).header("Cache-Control", "no-store").build();
        } catch (InvalidCurriculumException e) {
            List<CurriculumProblem> problems = e.problems();
            boolean tooLarge = problems.stream().anyMatch(p -> ProblemCodes.PACKAGE_TOO_LARGE.equals(p.code()));
            Response.ResponseBuilder response;
            if (tooLarge) {
                // the rest is not read: the connection is closed rather than kept for a body we refuse
                response = Response.status(413).entity(new PackageRefusal(413, "payload_too_large",
                        "The package is larger than " + ModuleUploads.MAX_PACKAGE_BYTES / (1024 * 1024) + " MB.", problems))
                        .header("Connection", "close");
            } else {
                drain(body, declared);
                response = Response.status(422).entity(new PackageRefusal(422, "invalid_package",
                        "The package was refused; nothing was changed. Every problem is listed.", problems));
            }
            return response.type(CampusApi.JSON_UTF8).header("Cache-Control", "no-store").build();
        }
    }

    /**
     * Reads what is left of a refused upload (bounded by the limit) so that the client gets the answer on a
     * healthy connection; a bomb stops being inflated at the limit, but its compressed bytes may still be on
     * their way.
     */
    private static void drain(InputStream body, long declared) {
        long left = declared < 0 ? ModuleUploads.MAX_PACKAGE_BYTES : Math.min(declared, ModuleUploads.MAX_PACKAGE_BYTES);
        byte[] buffer = new byte[64 * 1024];
        try {
            int n;
            while (left > 0 && (n = body.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                left -= n;
            }
        } catch (IOException | RuntimeException e) {
            // the reader may have closed the stream already: nothing left to read
        }
    }

    /** A refused package: {@code {"status":422,"error":"invalid_package","message":...,"problems":[{file,place,message,code}]}}. */
    public record PackageRefusal(int status, String error, String message, List<CurriculumProblem> problems) {
    }
}
