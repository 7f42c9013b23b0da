package be.epn.campus.platform.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Errors raised by JAX-RS itself or by a library (no such path, method not allowed, not acceptable...):
 * their status with an {@link ApiError} body. The exception's own message is not used, since its wording
 * is not ours to show; a redirection or other non-error response goes out unchanged.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final Logger LOG = Logger.getLogger(WebApplicationExceptionMapper.class.getName());

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original == null ? 500 : original.getStatus();
        if (status < 400) {
            return original;
        }
        if (status >= 500) {
            // A server-side failure reported through JAX-RS (no writer for a type, for instance).
            LOG.log(Level.SEVERE, "API request failed with " + status, exception);
        }
        ApiError error = ApiError.of(status, ApiError.sentenceFor(status));
        Response.ResponseBuilder builder = Response.fromResponse(original)
                .entity(null)
                .header(HttpHeaders.CONTENT_TYPE, null)
                .header(HttpHeaders.CONTENT_LENGTH, null);
        return ErrorResponses.of(builder, error);
    }
}
