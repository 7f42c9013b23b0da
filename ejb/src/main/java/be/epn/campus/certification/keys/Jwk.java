package be.epn.campus.certification.keys;

import be.epn.campus.certification.Sha256;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigInteger;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import java.util.Base64;

/** Public keys as JSON Web Keys (RFC 7517, RFC 8037) and their RFC 7638 thumbprints. */
public final class Jwk {

    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    /** An Ed25519 X.509 SubjectPublicKeyInfo is a fixed 12-byte prefix then the 32-byte raw key. */
    private static final int ED25519_RAW_LENGTH = 32;

    private Jwk() {
    }

    /** The public JWK of a key, with {@code kid}, {@code alg} and {@code use: sig}; never private parts. */
    public static JsonObject publicJwk(PublicKey key, JwsAlgorithm alg) {
        var builder = Json.createObjectBuilder();
        requiredMembers(key, alg).forEach(builder::add);
        return builder.add("kid", thumbprint(key, alg)).add("alg", alg.name()).add("use", "sig").build();
    }

    /**
     * The RFC 7638 thumbprint: SHA-256 of the required members in lexicographic order without white space,
     * base64url. It depends on the key only, so the same key always gets the same kid.
     */
    public static String thumbprint(PublicKey key, JwsAlgorithm alg) {
        JsonObject members = requiredMembers(key, alg);
        StringBuilder canonical = new StringBuilder("{");
        members.keySet().stream().sorted().forEach(name -> canonical
                .append(canonical.length() > 1 ? "," : "")
                .append('"').append(name).append("\":\"").append(members.getString(name)).append('"'));
        canonical.append('}');
        return B64URL.encodeToString(Sha256.of(canonical.toString()));
    }

    private static JsonObject requiredMembers(PublicKey key, JwsAlgorithm alg) {
        if (alg == JwsAlgorithm.ES256) {
            ECPublicKey ec = (ECPublicKey) key;
            return Json.createObjectBuilder().add("crv", "P-256").add("kty", "EC")
                    .add("x", B64URL.encodeToString(unsigned32(ec.getW().getAffineX())))
                    .add("y", B64URL.encodeToString(unsigned32(ec.getW().getAffineY()))).build();
        }
        byte[] encoded = key.getEncoded();
        byte[] raw = Arrays.copyOfRange(encoded, encoded.length - ED25519_RAW_LENGTH, encoded.length);
        return Json.createObjectBuilder().add("crv", "Ed25519").add("kty", "OKP")
                .add("x", B64URL.encodeToString(raw)).build();
    }

    /** A P-256 coordinate as exactly 32 bytes (RFC 7518 §6.2.1.2): no sign byte, left-padded with zeros. */
    private static byte[] unsigned32(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] out = new byte[32];
        int copy = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - copy, out, 32 - copy, copy);
        return out;
    }
}
