package be.epn.campus.certification.service;

import be.epn.campus.certification.keys.JwsAlgorithm;
import be.epn.campus.certification.keys.KeyRing;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's signing keys (issue 6): one {@link KeyRing} for the running server, generated on first use in a
 * directory outside the repository. By default that is the server's own configuration directory
 * ({@code <domain>/config/campus-keys}), which lives with the server and not with the code;
 * {@code CAMPUS_KEYS_DIR} puts it elsewhere (a mounted volume kept across reinstallations, for example).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PlatformKeys {

    private static final Logger LOG = Logger.getLogger(PlatformKeys.class.getName());

    @Inject
    @ConfigProperty(name = "campus.keys.dir")
    Optional<String> directory;

    private volatile KeyRing ring;

    /** The ring (ES256: the algorithm that independent verifiers read most widely). */
    public KeyRing ring() {
        KeyRing current = ring;
        if (current == null) {
            synchronized (this) {
                if (ring == null) {
                    Path where = directory.filter(d -> !d.isBlank()).map(Path::of).orElseGet(PlatformKeys::serverConfig);
                    ring = new KeyRing(where, JwsAlgorithm.ES256);
                    LOG.info(() -> "Certificate signing keys in " + where);
                }
                current = ring;
            }
        }
        return current;
    }

    /** The public keys, current and retired, as a JWK Set: what verifiers fetch to check a credential. */
    public JsonObject publicKeys() {
        return ring().jwkSet();
    }

    private static Path serverConfig() {
        String instance = System.getProperty("com.sun.aas.instanceRoot");
        Path base = instance == null ? Path.of(System.getProperty("user.home"), ".epn-campus") : Path.of(instance, "config");
        return base.resolve("campus-keys");
    }
}
