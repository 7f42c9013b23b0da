package be.epn.campus.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.certification.credential.OpenBadgeCredential;
import be.epn.campus.certification.keys.JwsAlgorithm;
import be.epn.campus.certification.keys.KeyRing;
import be.epn.campus.certification.keys.VcJwtSigner;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An independent JOSE implementation (Nimbus JOSE + JWT) accepts what we sign and publish. */
class NimbusInteropTest {

    @TempDir
    Path keys;

    private final JsonObject credential = OpenBadgeCredential.build(Samples.content());

    @Test
    void nimbusVerifiesOurEs256CredentialWithTheJwkWePublish() throws Exception {
        KeyRing ring = new KeyRing(keys, JwsAlgorithm.ES256);
        String token = new VcJwtSigner(ring).sign(credential);

        SignedJWT jwt = SignedJWT.parse(token);
        ECKey key = JWK.parse(ring.jwkSet().getJsonArray("keys").getJsonObject(0).toString()).toECKey();
        assertEquals(JWSAlgorithm.ES256, jwt.getHeader().getAlgorithm());
        assertEquals(new JOSEObjectType("vc+jwt"), jwt.getHeader().getType());
        assertEquals(key.getKeyID(), jwt.getHeader().getKeyID());
        assertTrue(jwt.verify(new ECDSAVerifier(key)));
        var claims = jwt.getJWTClaimsSet();
        assertEquals("urn:uuid:" + Samples.content().credentialId(), claims.getStringClaim("id"));
        assertEquals("urn:uuid:" + Samples.content().credentialId(), claims.getJWTID());
        assertEquals(Samples.ISSUER, claims.getIssuer());
        assertEquals(Instant.parse("2026-11-26T10:15:30Z"), claims.getNotBeforeTime().toInstant());
        assertEquals(Instant.parse("2031-11-26T10:15:30Z"), claims.getExpirationTime().toInstant());
        // Our kid is the RFC 7638 thumbprint, as Nimbus computes it.
        assertEquals(key.computeThumbprint().toString(), key.getKeyID());

        String tampered = Tokens.with(token, 1, OpenBadgeCredential.build(Samples.content()).toString()
                .replace("niveau 2", "niveau 8"));
        assertFalse(SignedJWT.parse(tampered).verify(new ECDSAVerifier(key)));
    }

    @Test
    void nimbusReadsOurJwkSetAfterRotation() throws Exception {
        KeyRing ring = new KeyRing(keys, JwsAlgorithm.ES256);
        String first = ring.current().kid();
        ring.rotate();
        JWKSet set = JWKSet.parse(ring.jwkSet().toString());
        assertEquals(2, set.getKeys().size());
        assertTrue(set.getKeyByKeyId(first) instanceof ECKey);
        assertFalse(set.getKeyByKeyId(first).isPrivate());
    }

    @Test
    void nimbusReadsOurEd25519JwkWithTheSameThumbprint() throws Exception {
        KeyRing ring = new KeyRing(keys, JwsAlgorithm.EdDSA);
        OctetKeyPair key = JWK.parse(ring.jwkSet().getJsonArray("keys").getJsonObject(0).toString())
                .toOctetKeyPair();
        assertEquals(key.computeThumbprint().toString(), ring.current().kid());
        assertEquals(32, key.getDecodedX().length);
    }
}
