package be.epn.campus.people.model;

import be.epn.campus.platform.validation.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What a coordinator enters about an EPN. */
public record EpnDetails(
        @NotBlank @Size(max = 150) @PlainText String name,
        @NotBlank @Size(max = 80) @PlainText String municipality,
        @NotBlank @Size(max = 200) @PlainText String streetAddress,
        @NotBlank @Pattern(regexp = "[0-9]{4}", message = "{campus.postalCode}") String postalCode,
        @NotNull OrganiserType organiserType,
        @NotBlank @Size(max = 150) @PlainText String organiserName,
        @Min(0) @Max(500) int computers,
        @NotEmpty @Size(max = 20) List<@Pattern(regexp = "[a-z]{2}", message = "{campus.languageCode}") String> languages,
        @Size(max = 30) @Pattern(regexp = "[0-9 +./()-]*", message = "{campus.phone}") String phone,
        @NotNull @Size(max = 40) List<@Valid @NotNull OpeningSlot> openings) {

    public EpnDetails {
        languages = languages == null ? List.of() : List.copyOf(languages);
        openings = openings == null ? List.of() : List.copyOf(openings);
    }
}
