package be.epn.campus.framework.interop;

import be.epn.campus.platform.Language;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Where CASE objects live under one service base URI ({@code .../ims/case/v1p1/}), and the small JSON
 * pieces every CASE object shares: link objects and date-times.
 */
final class CaseUris {

    static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    static final String DOCUMENTS = "CFDocuments";
    static final String ITEMS = "CFItems";
    static final String ASSOCIATIONS = "CFAssociations";
    static final String PACKAGES = "CFPackages";
    static final String LICENSES = "CFLicenses";

    private final URI base;
    private final Language language;

    CaseUris(URI base, Language language) {
        String text = Objects.requireNonNull(base, "base").toString();
        // URI.resolve drops the last path segment unless the base ends with a slash.
        this.base = URI.create(text.endsWith("/") ? text : text + "/");
        this.language = Objects.requireNonNull(language, "language");
    }

    Language language() {
        return language;
    }

    String uri(String collection, UUID identifier) {
        return base.resolve(collection + "/" + identifier).toString();
    }

    /** A CASE LinkURI / LinkGenURI: {title, identifier, uri}. */
    JsonObject link(String title, UUID identifier, String collection) {
        return JSON.createObjectBuilder()
                .add("title", title == null ? "" : title)
                .add("identifier", identifier.toString())
                .add("uri", uri(collection, identifier))
                .build();
    }

    /** ISO-8601 in UTC with a Z, to the second: the stored times are UTC already. */
    static String dateTime(LocalDateTime utc) {
        Objects.requireNonNull(utc, "a loaded framework always has a load time");
        return DateTimeFormatter.ISO_INSTANT.format(utc.truncatedTo(ChronoUnit.SECONDS).toInstant(ZoneOffset.UTC));
    }

    /** Adds an optional field: CASE omits what is unknown rather than sending null or "". */
    static JsonObjectBuilder addIfPresent(JsonObjectBuilder builder, String name, String value) {
        if (value != null && !value.isBlank()) {
            builder.add(name, value);
        }
        return builder;
    }
}
