package be.epn.campus.platform.errors;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A request that breaks a rule of the field (a PIN too simple, a learner not known at this EPN). It
 * carries a message key and its arguments: pages word it in the visitor's language. Nothing is saved.
 */
@ApplicationException(rollback = true)
public class RefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient List<Object> arguments;

    public RefusedException(String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = List.of(arguments);
    }

    /** A bundle key, e.g. {@code people.refused.notKnownHere}. */
    public String key() {
        return key;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
