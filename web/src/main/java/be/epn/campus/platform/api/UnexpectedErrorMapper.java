package be.epn.campus.platform.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else (a bug, a database down): 500 with a generic message and an incident number, and the
 * whole exception in the server log under that number. The client learns nothing about the server.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable exception) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, exception, () -> "API incident " + incident + " on " + requestPath());
        return ErrorResponses.of(describe(incident));
    }

    /** The body sent for an incident: a fixed sentence and the number to quote, nothing from the exception. */
    static ApiError describe(String incident) {
        return ApiError.of(500, "Something went wrong on our side. If it happens again, quote incident " + incident + ".");
    }

    private String requestPath() {
        try {
            // The path comes from the client: keep control characters out of the log line.
            return uriInfo == null ? "?" : uriInfo.getRequestUri().getRawPath().replaceAll("\\p{Cntrl}", "?");
        } catch (RuntimeException e) {
            return "?";
        }
    }
}
