package be.epn.campus.access.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2 hashes of secrets (Jakarta Security's {@link Pbkdf2PasswordHash}). The parameters travel inside
 * each hash, so raising them later keeps old hashes verifiable.
 */
@ApplicationScoped
public class SecretHasher {

    /** OWASP's advice for PBKDF2-HMAC-SHA512 (2023): 210,000 iterations. */
    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** A hash of a secret no one knows, checked when the login names nobody (same time either way). */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(PARAMETERS);
        decoy = pbkdf2.generate(java.util.UUID.randomUUID().toString().toCharArray());
    }

    public String hash(String secret) {
        return pbkdf2.generate(secret.toCharArray());
    }

    public boolean matches(String secret, String hash) {
        return secret != null && pbkdf2.verify(secret.toCharArray(), hash);
    }

    /** Spends the time of a real check, so that an unknown login cannot be told from a wrong secret. */
    public void spendTimeOfACheck(String secret) {
        pbkdf2.verify(secret == null ? new char[0] : secret.toCharArray(), decoy);
    }
}
