package be.epn.campus.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import be.epn.campus.certification.credential.OpenBadgeCredential;
import be.epn.campus.certification.keys.InvalidCredentialException;
import be.epn.campus.certification.keys.JwsAlgorithm;
import be.epn.campus.certification.keys.KeyRing;
import be.epn.campus.certification.keys.VcJwtSigner;
import be.epn.campus.certification.keys.VcJwtVerifier;
import jakarta.json.JsonObject;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyRingTest {

    @TempDir
    Path keys;

    private final JsonObject credential = OpenBadgeCredential.build(Samples.content());

    @Test
    void aKeyIsGeneratedOnFirstUseAndFoundAgainAfterARestart() {
        String kid = new KeyRing(keys, JwsAlgorithm.ES256).current().kid();
        assertEquals(kid, new KeyRing(keys, JwsAlgorithm.ES256).current().kid());
    }

    @Test
    void rotationKeepsCredentialsSignedWithAnOlderKeyVerifiable() throws Exception {
        KeyRing ring = new KeyRing(keys, JwsAlgorithm.ES256);
        String before = new VcJwtSigner(ring).sign(credential);
        String oldKid = ring.current().kid();
        String newKid = ring.rotate().kid();
        assertNotEquals(oldKid, newKid);
        String after = new VcJwtSigner(ring).sign(credential);
        assertEquals(newKid, Tokens.decode(Tokens.part(after, 0)).getString("kid"));

        KeyRing restarted = new KeyRing(keys, JwsAlgorithm.ES256);
        assertEquals(newKid, restarted.current().kid());
        assertEquals(credential, new VcJwtVerifier(restarted).verify(before));
        assertEquals(credential, new VcJwtVerifier(restarted).verify(after));
        Set<String> published = restarted.jwkSet().getJsonArray("keys").stream()
                .map(k -> k.asJsonObject().getString("kid")).collect(Collectors.toSet());
        assertEquals(Set.of(oldKid, newKid), published);
    }

    @Test
    void privateKeysAreReadableByTheOwnerOnly() throws Exception {
        KeyRing ring = new KeyRing(keys, JwsAlgorithm.EdDSA);
        Path file = keys.resolve(ring.current().kid() + ".key");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }

    @Test
    void theJwkSetHoldsNoPrivatePart() {
        KeyRing ring = new KeyRing(keys, JwsAlgorithm.ES256);
        JsonObject jwk = ring.jwkSet().getJsonArray("keys").getJsonObject(0);
        assertEquals("EC", jwk.getString("kty"));
        assertEquals("ES256", jwk.getString("alg"));
        assertFalse(jwk.containsKey("d"));
    }

    @Test
    void aRingOfOneAlgorithmRefusesTheOtherAlgorithmsTokens() {
        String edToken = new VcJwtSigner(new KeyRing(keys, JwsAlgorithm.EdDSA)).sign(credential);
        KeyRing es = new KeyRing(keys.resolve("es"), JwsAlgorithm.ES256);
        var e = assertThrows(InvalidCredentialException.class, () -> new VcJwtVerifier(es).verify(edToken));
        assertEquals(InvalidCredentialException.Reason.ALGORITHM_REFUSED, e.reason());
    }
}
