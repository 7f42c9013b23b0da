package be.epn.campus.platform.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Validates what a form built (a record such as PersonDetails) with the same constraints the services
 * enforce, and shows each problem next to its field, worded in the page's language.
 */
public final class Violations {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

    private Violations() {
    }

    /**
     * True when {@code input} is valid. Otherwise shows one message per problem, on the component whose
     * client id {@code fields} gives for the property (or as a global message), and returns false.
     */
    public static boolean valid(Object input, Map<String, String> fields) {
        Validator validator = FACTORY.getValidator();
        Set<ConstraintViolation<Object>> violations = validator.validate(input);
        show(violations, fields);
        return violations.isEmpty();
    }

    static void show(Set<? extends ConstraintViolation<?>> violations, Map<String, String> fields) {
        Locale locale = Faces.getLocale();
        MessageInterpolator interpolator = FACTORY.getMessageInterpolator();
        for (ConstraintViolation<?> violation : violations) {
            String text = interpolator.interpolate(violation.getMessageTemplate(), context(violation), locale);
            String property = violation.getPropertyPath().toString();
            String clientId = fields == null ? null : fields.get(property.replaceAll("\\[.*", ""));
            if (clientId == null) {
                Messages.addGlobalError(text);
            } else {
                Messages.addError(clientId, text);
            }
        }
    }

    private static MessageInterpolator.Context context(ConstraintViolation<?> violation) {
        return new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
