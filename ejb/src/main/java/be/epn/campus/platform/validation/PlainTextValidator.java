package be.epn.campus.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/** Checks {@link PlainText}: null passes (other constraints say whether a value is required). */
public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

    private static final Pattern FORBIDDEN = Pattern.compile("[<>\\p{Cntrl}]|[#$]\\{");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || !FORBIDDEN.matcher(value).find();
    }

    /** The same rule, for code that checks without a validator. */
    public static boolean isPlain(String value) {
        return value == null || !FORBIDDEN.matcher(value).find();
    }
}
