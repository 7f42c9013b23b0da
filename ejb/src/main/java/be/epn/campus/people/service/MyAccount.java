package be.epn.campus.people.service;

import be.epn.campus.people.service.Views.PersonFile;
import be.epn.campus.platform.Language;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** What a signed-in person does with their own record: see it, decide consent, export it, change secret. */
public interface MyAccount {

    PersonFile me();

    /** The language pages use for them, and their optional contact details. */
    void updateContact(@NotNull Language language, @Size(max = 254) @Email String email,
                       @Size(max = 30) @Pattern(regexp = "[0-9 +./()-]*", message = "{campus.phone}") String phone);

    /** Whether this EPN may see their record. Withdrawing hides it from that EPN's animateurs at once. */
    void decideConsent(@NotNull UUID epn, boolean given);

    /**
     * @throws be.epn.campus.platform.errors.RefusedException when the current secret is wrong or the new one
     *         is not acceptable
     */
    void changeSecret(String current, String next);

    /** Everything held about them, as a JSON document. */
    String export();
}
