package be.epn.campus.certification.keys;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Objects;

/** One key of the ring: its kid (RFC 7638 thumbprint), its algorithm and its pair. */
public record SigningKey(String kid, JwsAlgorithm algorithm, PrivateKey privateKey, PublicKey publicKey) {

    public SigningKey {
        Objects.requireNonNull(kid);
        Objects.requireNonNull(algorithm);
        Objects.requireNonNull(privateKey);
        Objects.requireNonNull(publicKey);
    }

    /** Never prints the private key, should a key end up in a log line. */
    @Override
    public String toString() {
        return "SigningKey[" + algorithm + " " + kid + "]";
    }
}
