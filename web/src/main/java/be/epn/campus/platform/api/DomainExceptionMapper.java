package be.epn.campus.platform.api;

import be.epn.campus.platform.errors.AccessDeniedException;
import be.epn.campus.platform.errors.RecordNotFoundException;
import be.epn.campus.platform.errors.RefusedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/**
 * The services' own refusals over the API: denied is 403, unknown is 404, a broken rule is 422 with the
 * rule's key as the error code (clients word it themselves). The exception's text is never sent: it is
 * written for the log.
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(DomainExceptionMapper.class.getName());

    @Override
    public Response toResponse(RuntimeException exception) {
        if (exception instanceof AccessDeniedException) {
            LOG.info(() -> "API denied: " + exception.getMessage());
            return ErrorResponses.of(ApiError.of(403, ApiError.sentenceFor(403)));
        }
        if (exception instanceof RecordNotFoundException) {
            return ErrorResponses.of(ApiError.of(404, ApiError.sentenceFor(404)));
        }
        if (exception instanceof RefusedException refused) {
            return ErrorResponses.of(new ApiError(422, refused.key(), ApiError.sentenceFor(422)));
        }
        return new UnexpectedErrorMapper().toResponse(exception);
    }
}
