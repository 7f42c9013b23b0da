package be.epn.campus.platform.curricula;

import be.epn.campus.platform.Language;
import be.epn.campus.platform.LocalizedText;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A JSON object of a curriculum file, read field by field with its path, so that every problem names the
 * file and the field ({@code areas[2].competences[0].title.nl}). Readers never throw on bad data: they
 * record a problem and return null, so one pass reports everything wrong in a file.
 */
public final class DataObject {

    private final String file;
    private final String path;
    private final JsonObject json;
    private final List<CurriculumProblem> problems;
    private final Set<String> known = new HashSet<>();

    private DataObject(String file, String path, JsonObject json, List<CurriculumProblem> problems) {
        this.file = file;
        this.path = path;
        this.json = json;
        this.problems = problems;
    }

    /** The top-level object of a file; empty (with a problem recorded) when the file is not a JSON object. */
    public static Optional<DataObject> parse(CurriculumFile source, List<CurriculumProblem> problems) {
        try (JsonReader reader = Json.createReader(new InputStreamReader(
                new ByteArrayInputStream(source.content()), StandardCharsets.UTF_8))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                problems.add(new CurriculumProblem(source.name(), "(top)", "must be a JSON object { ... }"));
                return Optional.empty();
            }
            return Optional.of(new DataObject(source.name(), "", value.asJsonObject(), problems));
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            String place = at == null ? "(syntax)" : "line " + at.getLineNumber() + ", column " + at.getColumnNumber();
            problems.add(new CurriculumProblem(source.name(), place, "not valid JSON: " + e.getMessage()));
        } catch (JsonException e) {
            problems.add(new CurriculumProblem(source.name(), "(syntax)", "not valid JSON: " + e.getMessage()));
        }
        return Optional.empty();
    }

    public String file() {
        return file;
    }

    /** The path of this object in its file, "" for the top level. */
    public String path() {
        return path;
    }

    /** The path of one of this object's fields. */
    public String pathOf(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    public void problem(String field, String message) {
        problems.add(new CurriculumProblem(file, field == null ? placeOfSelf() : pathOf(field), message));
    }

    public boolean has(String field) {
        known.add(field);
        return json.containsKey(field) && json.get(field).getValueType() != JsonValue.ValueType.NULL;
    }

    /** A required string, trimmed, not blank, at most {@code maxLength} characters. */
    public String text(String field, int maxLength) {
        String value = optionalText(field, maxLength);
        if (value == null && !has(field)) {
            problem(field, "required");
        }
        return value;
    }

    /** An optional string: null when absent; a problem when present but blank, too long or not a string. */
    public String optionalText(String field, int maxLength) {
        if (!has(field)) {
            return null;
        }
        JsonValue value = json.get(field);
        if (!(value instanceof JsonString string)) {
            problem(field, "must be a text in quotes");
            return null;
        }
        String text = string.getString().strip();
        if (text.isEmpty()) {
            problem(field, "must not be empty");
            return null;
        }
        if (text.length() > maxLength) {
            problem(field, "is " + text.length() + " characters long; at most " + maxLength + " allowed");
            return null;
        }
        return text;
    }

    /** A required string matching {@code pattern}; {@code expected} says in words what is expected. */
    public String code(String field, Pattern pattern, String expected) {
        String value = text(field, 64);
        if (value != null && !pattern.matcher(value).matches()) {
            problem(field, "\"" + value + "\" is not " + expected);
            return null;
        }
        return value;
    }

    /** A required http(s) address of at most 512 characters. */
    public String url(String field) {
        String value = optionalUrl(field);
        if (value == null && !has(field)) {
            problem(field, "required");
        }
        return value;
    }

    /** An optional http(s) address of at most 512 characters: null when absent, a problem when malformed. */
    public String optionalUrl(String field) {
        String text = optionalText(field, 512);
        if (text == null) {
            return null;
        }
        try {
            String scheme = new URI(text).getScheme();
            if ("https".equals(scheme) || "http".equals(scheme)) {
                return text;
            }
            problem(field, "\"" + text + "\" must be an http(s) address");
        } catch (URISyntaxException e) {
            problem(field, "\"" + text + "\" is not a web address");
        }
        return null;
    }

    /** A required whole number between min and max. */
    public Integer integer(String field, int min, int max) {
        if (!has(field)) {
            problem(field, "required");
            return null;
        }
        JsonValue value = json.get(field);
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            problem(field, "must be a whole number");
            return null;
        }
        int n;
        try {
            n = number.intValueExact();
        } catch (ArithmeticException e) {
            n = Integer.MAX_VALUE;
        }
        if (n < min || n > max) {
            problem(field, "must be between " + min + " and " + max + ", not " + number);
            return null;
        }
        return n;
    }

    /** A required number (decimals allowed) between min and max; null (with a problem) otherwise. */
    public Double decimal(String field, double min, double max) {
        if (!has(field)) {
            problem(field, "required");
            return null;
        }
        return optionalDecimal(field, min, max);
    }

    /** An optional number between min and max: null when absent, a problem when out of range. */
    public Double optionalDecimal(String field, double min, double max) {
        if (!has(field)) {
            return null;
        }
        if (!(json.get(field) instanceof JsonNumber number)) {
            problem(field, "must be a number such as 1.2");
            return null;
        }
        double n = number.doubleValue();
        if (!(n >= min && n <= max)) {
            problem(field, "must be between " + min + " and " + max + ", not " + number);
            return null;
        }
        return n;
    }

    /** A required text in French, Dutch and English: {@code {"fr": "...", "nl": "...", "en": "..."}}. */
    public LocalizedText localized(String field, int maxLength) {
        Optional<DataObject> object = object(field);
        if (object.isEmpty()) {
            return null;
        }
        DataObject texts = object.get();
        String fr = texts.text(Language.FR.code(), maxLength);
        String nl = texts.text(Language.NL.code(), maxLength);
        String en = texts.text(Language.EN.code(), maxLength);
        texts.rejectUnknownFields();
        return fr == null || nl == null || en == null ? null : LocalizedText.of(fr, nl, en);
    }

    /** An optional true/false, {@code otherwise} when absent. */
    public boolean bool(String field, boolean otherwise) {
        if (!has(field)) {
            return otherwise;
        }
        JsonValue value = json.get(field);
        if (value == JsonValue.TRUE) {
            return true;
        }
        if (value == JsonValue.FALSE) {
            return false;
        }
        problem(field, "must be true or false");
        return otherwise;
    }

    /** A required true/false. */
    public Boolean requiredBool(String field) {
        if (!has(field)) {
            problem(field, "required");
            return null;
        }
        return bool(field, false);
    }

    /** A list of texts (each not blank, at most {@code maxLength}); empty when absent and not required. */
    public List<String> texts(String field, int maxLength, boolean required) {
        List<String> result = new ArrayList<>();
        if (!has(field)) {
            if (required) {
                problem(field, "required");
            }
            return result;
        }
        if (!(json.get(field) instanceof JsonArray array)) {
            problem(field, "must be a list [ ... ]");
            return result;
        }
        for (int i = 0; i < array.size(); i++) {
            String place = pathOf(field) + "[" + i + "]";
            if (!(array.get(i) instanceof JsonString string) || string.getString().isBlank()) {
                problems.add(new CurriculumProblem(file, place, "must be a text in quotes, not empty"));
            } else if (string.getString().strip().length() > maxLength) {
                problems.add(new CurriculumProblem(file, place, "at most " + maxLength + " characters allowed"));
            } else {
                result.add(string.getString().strip());
            }
        }
        return result;
    }

    /** An optional localized text: null when absent, all three languages required when present. */
    public LocalizedText optionalLocalized(String field, int maxLength) {
        if (!has(field)) {
            return null;
        }
        return localized(field, maxLength);
    }

    /** A required nested object. */
    public Optional<DataObject> object(String field) {
        if (!has(field)) {
            problem(field, "required");
            return Optional.empty();
        }
        JsonValue value = json.get(field);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            problem(field, "must be an object { ... }");
            return Optional.empty();
        }
        return Optional.of(new DataObject(file, pathOf(field), value.asJsonObject(), problems));
    }

    /** A required, non-empty array of objects. */
    public List<DataObject> objects(String field) {
        List<DataObject> result = new ArrayList<>();
        if (!has(field)) {
            problem(field, "required");
            return result;
        }
        JsonValue value = json.get(field);
        if (!(value instanceof JsonArray array)) {
            problem(field, "must be a list [ ... ]");
            return result;
        }
        if (array.isEmpty()) {
            problem(field, "must not be empty");
        }
        for (int i = 0; i < array.size(); i++) {
            String itemPath = pathOf(field) + "[" + i + "]";
            JsonValue item = array.get(i);
            if (item.getValueType() == JsonValue.ValueType.OBJECT) {
                result.add(new DataObject(file, itemPath, item.asJsonObject(), problems));
            } else {
                problems.add(new CurriculumProblem(file, itemPath, "must be an object { ... }"));
            }
        }
        return result;
    }

    /**
     * Reports every field that no reader asked for: a misspelt field name ("titel") must not be silently
     * ignored. Call after reading all fields of this object.
     */
    public void rejectUnknownFields() {
        Set<String> unknown = new TreeSet<>(json.keySet());
        unknown.removeAll(known);
        for (String field : unknown) {
            problem(field, "unknown field (expected one of: " + String.join(", ", new TreeSet<>(known)) + ")");
        }
    }

    private String placeOfSelf() {
        return path.isEmpty() ? "(top)" : path;
    }
}
