package be.epn.campus.certification.keys;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

/**
 * Signs a credential as a VC-JWT in the style of W3C VC-JOSE-COSE: a JWS compact serialization whose
 * payload is the credential itself (with the registered claims Open Badges 3.0 asks for), header
 * {@code {alg, kid, typ: "vc+jwt", cty: "vc"}}.
 */
public final class VcJwtSigner {

    /** The media type of a JWT-secured verifiable credential (VC-JOSE-COSE §3.1.1). */
    public static final String TYPE = "vc+jwt";
    /** The media type of the payload: a credential of the VC Data Model 2.0. */
    public static final String CONTENT_TYPE = "vc";

    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private final KeyRing ring;

    public VcJwtSigner(KeyRing ring) {
        this.ring = ring;
    }

    /** Signs with the ring's current key; the token verifies as long as that key stays in the ring. */
    public String sign(JsonObject credential) {
        SigningKey key = ring.current();
        JsonObject header = Json.createObjectBuilder()
                .add("alg", key.algorithm().name())
                .add("kid", key.kid())
                .add("typ", TYPE)
                .add("cty", CONTENT_TYPE)
                .build();
        String signingInput = encode(header) + "." + encode(withRegisteredClaims(credential));
        try {
            Signature signature = Signature.getInstance(key.algorithm().signatureAlgorithm());
            signature.initSign(key.privateKey());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with " + key, e);
        }
    }

    /**
     * The credential with the JWT claims that Open Badges 3.0 (§8.2) asks of a VC-JWT, derived from the
     * credential so they cannot disagree with it: {@code iss} (issuer id), {@code jti} (credential id),
     * {@code nbf} and {@code exp} (validFrom and validUntil, in seconds since the epoch).
     */
    static JsonObject withRegisteredClaims(JsonObject credential) {
        JsonObjectBuilder payload = Json.createObjectBuilder(credential);
        JsonValue issuer = credential.get("issuer");
        if (issuer instanceof JsonObject profile) {
            payload.add("iss", profile.getString("id"));
        } else if (issuer instanceof JsonString id) {
            payload.add("iss", id);
        }
        if (credential.containsKey("id")) {
            payload.add("jti", credential.getString("id"));
        }
        if (credential.containsKey("validFrom")) {
            payload.add("nbf", Instant.parse(credential.getString("validFrom")).getEpochSecond());
        }
        if (credential.containsKey("validUntil")) {
            payload.add("exp", Instant.parse(credential.getString("validUntil")).getEpochSecond());
        }
        return payload.build();
    }

    private static String encode(JsonObject json) {
        return B64URL.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }
}
