package be.epn.campus.certification.keys;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.spec.ECGenParameterSpec;
import java.security.GeneralSecurityException;
import java.security.KeyPair;

/** The JWS algorithms we sign with: both are in the JDK, so no JOSE library is needed at run time. */
public enum JwsAlgorithm {
    /** ECDSA on P-256 with SHA-256; the JWS signature is r || s (IEEE P1363), not DER. */
    ES256("EC", "SHA256withECDSAinP1363Format", 64),
    /** Ed25519 (RFC 8037). */
    EdDSA("Ed25519", "Ed25519", 64);

    private final String keyAlgorithm;
    private final String signatureAlgorithm;
    private final int signatureLength;

    JwsAlgorithm(String keyAlgorithm, String signatureAlgorithm, int signatureLength) {
        this.keyAlgorithm = keyAlgorithm;
        this.signatureAlgorithm = signatureAlgorithm;
        this.signatureLength = signatureLength;
    }

    /** The JCA key algorithm name ({@code KeyFactory}, {@code KeyPairGenerator}). */
    public String keyAlgorithm() {
        return keyAlgorithm;
    }

    /** The JCA {@code Signature} name. */
    public String signatureAlgorithm() {
        return signatureAlgorithm;
    }

    /** The exact length of a signature: anything else is refused before the JDK sees it. */
    public int signatureLength() {
        return signatureLength;
    }

    /** The algorithm named by a JWS header's {@code alg}, or null: {@code none} and unknown names are null. */
    public static JwsAlgorithm fromJoseName(String name) {
        for (JwsAlgorithm a : values()) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        return null;
    }

    KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(keyAlgorithm);
            if (this == ES256) {
                generator.initialize(new ECGenParameterSpec("secp256r1"));
            }
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK lacks " + keyAlgorithm, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a " + this + " key", e);
        }
    }
}
