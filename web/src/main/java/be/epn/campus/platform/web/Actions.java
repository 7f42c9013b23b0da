package be.epn.campus.platform.web;

import be.epn.campus.platform.errors.AccessDeniedException;
import be.epn.campus.platform.errors.RecordNotFoundException;
import be.epn.campus.platform.errors.RefusedException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * How backing beans call services: a refusal becomes a message in the visitor's language and nothing is
 * lost from the form; a denial becomes a 403 page and an unknown record a 404 page, never a stack trace.
 */
public final class Actions {

    private static final Logger LOG = Logger.getLogger(Actions.class.getName());

    private Actions() {
    }

    /** Runs an action; true when it succeeded. */
    public static boolean run(Runnable action) {
        return get(() -> {
            action.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** Calls a service; empty when it refused (a message is shown) or the page is answered with an error. */
    public static <T> Optional<T> get(Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (RefusedException e) {
            for (RefusedException each : problems(e)) {
                Messages.addGlobalError(refusal(each));
            }
        } catch (AccessDeniedException e) {
            LOG.info(() -> "Denied: " + e.getMessage());
            sendError(403);
        } catch (RecordNotFoundException e) {
            sendError(404);
        } catch (EJBException e) {
            if (e.getCause() instanceof ConstraintViolationException violations) {
                Violations.show(violations.getConstraintViolations(), null);
            } else {
                throw e;
            }
        }
        return Optional.empty();
    }

    /** The id of a record named in the address; one that is not a UUID gets a 404, like an unknown record. */
    public static Optional<java.util.UUID> recordId(String text) {
        try {
            return Optional.of(java.util.UUID.fromString(text == null ? "" : text.strip()));
        } catch (IllegalArgumentException e) {
            sendError(404);
            return Optional.empty();
        }
    }

    /**
     * A refusal that lists every problem of a form (its arguments are all refusal keys of its feature, as
     * {@code training.refused.*} of a session plan) becomes one refusal per problem, so that all are shown at
     * once; any other refusal stays whole.
     */
    static java.util.List<RefusedException> problems(RefusedException e) {
        String feature = e.key().substring(0, e.key().indexOf('.') + 1) + "refused.";
        // The services pass the list itself (one argument) or its keys one by one.
        java.util.List<?> arguments = e.arguments().size() == 1 && e.arguments().get(0) instanceof java.util.List<?> list
                ? list : e.arguments();
        boolean keys = !arguments.isEmpty() && e.key().startsWith(feature)
                && arguments.stream().allMatch(a -> a instanceof String s && s.startsWith(feature));
        return keys ? arguments.stream().map(a -> new RefusedException((String) a)).toList() : java.util.List.of(e);
    }

    /**
     * The refusal worded from the bundles: {@code access.*} in "ac", {@code learn.*} in "lr", {@code placement.*}
     * in "pl", {@code certificate.*} in "ce", {@code training.*} in "tr", the others ({@code people.refused.*}) in "pp".
     */
    static String refusal(RefusedException e) {
        String var = bundleOf(e.key());
        try {
            String pattern = Faces.getResourceBundle(var).getString(e.key());
            return e.arguments().isEmpty() ? pattern : MessageFormat.format(pattern, e.arguments().toArray());
        } catch (MissingResourceException missing) {
            LOG.warning(() -> "No wording for " + e.key());
            return e.key();
        }
    }

    static String bundleOf(String key) {
        if (key.startsWith("access.")) {
            return "ac";
        }
        if (key.startsWith("learn.")) {
            return "lr";
        }
        if (key.startsWith("certificate.")) {
            return "ce";
        }
        if (key.startsWith("training.")) {
            return "tr";
        }
        return key.startsWith("placement.") ? "pl" : "pp";
    }

    private static void sendError(int status) {
        Faces.responseSendError(status, "");
    }
}
