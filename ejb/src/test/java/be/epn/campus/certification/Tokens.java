package be.epn.campus.certification;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Takes a compact JWS apart and puts it back together, to forge tokens in tests. */
final class Tokens {

    private Tokens() {
    }

    static String part(String token, int index) {
        return token.split("\\.", -1)[index];
    }

    static JsonObject decode(String part) {
        try (var reader = Json.createReader(new StringReader(
                new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }

    static String encode(Object json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The token with its header or payload replaced, the original signature kept. */
    static String with(String token, int index, Object json) {
        String[] parts = token.split("\\.", -1);
        parts[index] = encode(json);
        return String.join(".", parts);
    }
}
