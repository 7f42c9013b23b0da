package be.epn.campus.platform.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A short text such as a name or an address: no markup ({@code <}, {@code >}), no expression
 * ({@code #{...}}, {@code ${...}}), no control characters. Such input is a mistake or an attack in these
 * fields; refusing it with a clear message is friendlier than silently changing it. Pages escape every
 * output anyway.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {

    String message() default "{campus.plainText}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
