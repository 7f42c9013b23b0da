package be.epn.campus.people.model;

import be.epn.campus.platform.Language;
import be.epn.campus.platform.validation.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What identifies a person at the desk: a name, an optional year of birth (to tell two people of the
 * same name apart), the language they prefer, and optionally an e-mail address and a phone number.
 */
public record PersonDetails(
        @NotBlank @Size(max = 100) @PlainText String givenName,
        @NotBlank @Size(max = 100) @PlainText String familyName,
        @Min(value = 1900, message = "{campus.birthYear}") @Max(value = 2030, message = "{campus.birthYear}") Integer birthYear,
        @NotNull Language preferredLanguage,
        @Size(max = 254) @Email String email,
        @Size(max = 30) @Pattern(regexp = "[0-9 +./()-]*", message = "{campus.phone}") String phone) {
}
