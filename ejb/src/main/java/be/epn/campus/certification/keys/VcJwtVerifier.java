package be.epn.campus.certification.keys;

import static be.epn.campus.certification.keys.InvalidCredentialException.Reason.ALGORITHM_REFUSED;
import static be.epn.campus.certification.keys.InvalidCredentialException.Reason.BAD_SIGNATURE;
import static be.epn.campus.certification.keys.InvalidCredentialException.Reason.MALFORMED;
import static be.epn.campus.certification.keys.InvalidCredentialException.Reason.UNKNOWN_KEY;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Our own VC-JWT verifier, JDK only. It trusts nothing in the token before the signature is checked: the
 * algorithm must be one we sign with and must match the type of the key named by kid (so neither
 * {@code alg: none} nor an algorithm swap gets through), the kid must be in our key ring, and the signature
 * is checked over the exact bytes received, so any change to the header or the payload fails.
 */
public final class VcJwtVerifier {

    /** Strict base64url without padding: the decoder alone would also accept '=' and skip nothing else. */
    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_-]*");
    /** The JWT claims the signer adds beside the credential's own members; taken off on the way out. */
    private static final Set<String> REGISTERED_CLAIMS = Set.of("iss", "jti", "nbf", "exp");
    private static final Set<String> TYPES = Set.of(VcJwtSigner.TYPE, "JWT");
    /** Large enough for any credential we issue, small enough that an uploaded file cannot exhaust memory. */
    private static final int MAX_LENGTH = 1 << 20;

    private final KeyRing ring;

    public VcJwtVerifier(KeyRing ring) {
        this.ring = ring;
    }

    /**
     * Verifies a compact JWS and returns its payload, the credential (without the JWT claims). Says nothing about validity dates or
     * revocation: the caller checks {@code validUntil} and the status list.
     *
     * @throws InvalidCredentialException when the token is not authentic, with the reason
     */
    public JsonObject verify(String token) throws InvalidCredentialException {
        if (token == null || token.length() > MAX_LENGTH) {
            throw new InvalidCredentialException(MALFORMED, "no token, or too long");
        }
        String[] parts = token.strip().split("\\.", -1);
        if (parts.length != 3 || !PART.matcher(parts[0]).matches() || !PART.matcher(parts[1]).matches()
                || !PART.matcher(parts[2]).matches()) {
            throw new InvalidCredentialException(MALFORMED, "not a JWS compact serialization");
        }
        JsonObject header = parseObject(parts[0]);
        if (header.containsKey("crit")) {
            throw new InvalidCredentialException(MALFORMED, "critical header extensions are not supported");
        }
        String typ = stringMember(header, "typ");
        if (typ != null && !TYPES.contains(typ)) {
            throw new InvalidCredentialException(MALFORMED, "unexpected typ " + typ);
        }
        JwsAlgorithm alg = JwsAlgorithm.fromJoseName(stringMember(header, "alg"));
        if (alg == null || alg != ring.algorithm()) {
            throw new InvalidCredentialException(ALGORITHM_REFUSED, "algorithm refused: " + header.get("alg"));
        }
        PublicKey key = ring.publicKey(stringMember(header, "kid"))
                .orElseThrow(() -> new InvalidCredentialException(UNKNOWN_KEY, "unknown kid"));
        if (!matches(alg, key)) {
            throw new InvalidCredentialException(ALGORITHM_REFUSED, "algorithm " + alg + " does not fit the key");
        }
        byte[] signatureBytes = decodeSignature(parts[2]);
        if (signatureBytes.length != alg.signatureLength() || !signatureValid(alg, key, parts, signatureBytes)) {
            throw new InvalidCredentialException(BAD_SIGNATURE, "signature does not verify");
        }
        JsonObject payload = parseObject(parts[1]);
        var credential = Json.createObjectBuilder(payload);
        REGISTERED_CLAIMS.forEach(credential::remove);
        return credential.build();
    }

    private static byte[] decodeSignature(String part) throws InvalidCredentialException {
        try {
            return Base64.getUrlDecoder().decode(part);
        } catch (IllegalArgumentException e) {
            throw new InvalidCredentialException(MALFORMED, "the signature is not base64url");
        }
    }

    private static boolean matches(JwsAlgorithm alg, PublicKey key) {
        return alg == JwsAlgorithm.ES256 ? key instanceof ECPublicKey : key instanceof EdECPublicKey;
    }

    private static boolean signatureValid(JwsAlgorithm alg, PublicKey key, String[] parts, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance(alg.signatureAlgorithm());
            signature.initVerify(key);
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException e) {
            return false; // a signature the JDK cannot even decode is simply not valid
        }
    }

    private static String stringMember(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value instanceof JsonString s ? s.getString() : null;
    }

    private static JsonObject parseObject(String part) throws InvalidCredentialException {
        try (var reader = Json.createReader(new StringReader(
                new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (JsonException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidCredentialException(MALFORMED, "a part is not a JSON object");
        }
    }
}
