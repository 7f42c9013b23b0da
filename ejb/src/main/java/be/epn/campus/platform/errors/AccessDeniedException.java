package be.epn.campus.platform.errors;

import jakarta.ejb.ApplicationException;

/**
 * The caller may not do this. Pages answer 403, the API 403 with a JSON body; the message is for the
 * log, never shown (it may name the rule that refused).
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
