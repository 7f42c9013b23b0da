package be.epn.campus.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * What a verifier's own software does with our files, written with an independent library (Nimbus JOSE) and
 * the specifications rather than with our code: check a VC-JWT against the published JWK Set, read a
 * credential's status entry, decode a Bitstring Status List.
 */
final class Credentials {

    private Credentials() {
    }

    /** The payload of a token whose ES256 signature Nimbus checked with the key its kid names in the set. */
    static Map<String, Object> verifiedPayload(String token, String jwkSet) {
        try {
            SignedJWT jwt = SignedJWT.parse(token.strip());
            assertEquals(JWSAlgorithm.ES256, jwt.getHeader().getAlgorithm());
            JWK key = JWKSet.parse(jwkSet).getKeyByKeyId(jwt.getHeader().getKeyID());
            assertTrue(key != null, "the kid " + jwt.getHeader().getKeyID() + " is published");
            assertTrue(jwt.verify(new ECDSAVerifier(key.toECKey())), "the signature verifies with the published key");
            return jwt.getPayload().toJSONObject();
        } catch (ParseException | com.nimbusds.jose.JOSEException e) {
            throw new AssertionError("not a signed JWT we can verify: " + e.getMessage(), e);
        }
    }

    static String kid(String token) {
        try {
            return SignedJWT.parse(token.strip()).getHeader().getKeyID();
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }

    /** The same token with one character of its payload changed, re-encoded: the signature no longer fits. */
    static String tampered(String token) {
        String[] parts = token.strip().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        int at = payload.indexOf("\"level");
        at = at < 0 ? payload.length() / 2 : at + 2;
        char changed = payload.charAt(at) == 'x' ? 'y' : 'x';
        String forged = payload.substring(0, at) + changed + payload.substring(at + 1);
        return parts[0] + "." + encode(forged) + "." + parts[2];
    }

    /** The same payload under an unsigned header ({@code alg: none}), as a forger would try. */
    static String unsigned(String token) {
        String[] parts = token.strip().split("\\.");
        return encode("{\"alg\":\"none\",\"typ\":\"vc+jwt\"}") + "." + parts[1] + ".";
    }

    /**
     * Bit {@code index} of an {@code encodedList}: multibase 'u' (base64url without padding) of the GZIP of the
     * bitstring, bit 0 the most significant bit of the first byte (W3C Bitstring Status List v1.0).
     */
    static boolean bit(String encodedList, int index) {
        assertTrue(encodedList.startsWith("u"), "multibase base64url: " + encodedList.substring(0, Math.min(10, encodedList.length())));
        byte[] compressed = Base64.getUrlDecoder().decode(encodedList.substring(1));
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] bits = gzip.readAllBytes();
            assertTrue(bits.length >= 16 * 1024, "at least 131,072 bits for herd privacy, got " + bits.length * 8);
            return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
