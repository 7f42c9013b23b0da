package be.epn.campus.certification;

import static be.epn.campus.certification.keys.InvalidCredentialException.Reason.ALGORITHM_REFUSED;
import static be.epn.campus.certification.keys.InvalidCredentialException.Reason.BAD_SIGNATURE;
import static be.epn.campus.certification.keys.InvalidCredentialException.Reason.MALFORMED;
import static be.epn.campus.certification.keys.InvalidCredentialException.Reason.UNKNOWN_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.certification.credential.OpenBadgeCredential;
import be.epn.campus.certification.keys.InvalidCredentialException;
import be.epn.campus.certification.keys.JwsAlgorithm;
import be.epn.campus.certification.keys.KeyRing;
import be.epn.campus.certification.keys.VcJwtSigner;
import be.epn.campus.certification.keys.VcJwtVerifier;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class VcJwtTest {

    @TempDir
    Path keys;
    @TempDir
    Path otherKeys;

    private final JsonObject credential = OpenBadgeCredential.build(Samples.content());

    @ParameterizedTest
    @EnumSource(JwsAlgorithm.class)
    void aSignedCredentialVerifiesAndGivesBackTheCredential(JwsAlgorithm alg) throws Exception {
        KeyRing ring = new KeyRing(keys, alg);
        String token = new VcJwtSigner(ring).sign(credential);
        JsonObject header = Tokens.decode(Tokens.part(token, 0));
        assertEquals(alg.name(), header.getString("alg"));
        assertEquals("vc+jwt", header.getString("typ"));
        assertEquals("vc", header.getString("cty"));
        assertEquals(ring.current().kid(), header.getString("kid"));
        assertEquals(credential, new VcJwtVerifier(ring).verify(token));
    }

    @ParameterizedTest
    @EnumSource(JwsAlgorithm.class)
    void changingAnyFieldOfTheCredentialMakesVerificationFail(JwsAlgorithm alg) {
        KeyRing ring = new KeyRing(keys, alg);
        String token = new VcJwtSigner(ring).sign(credential);
        Map<String, JsonValue> mutations = Mutations.of(credential);
        assertTrue(mutations.size() > 40, "every top-level and nested field: " + mutations.keySet());
        VcJwtVerifier verifier = new VcJwtVerifier(ring);
        mutations.forEach((path, tampered) -> {
            var e = assertThrows(InvalidCredentialException.class,
                    () -> verifier.verify(Tokens.with(token, 1, tampered)), path);
            assertEquals(BAD_SIGNATURE, e.reason(), path);
        });
    }

    @Test
    void changingTheHeaderMakesVerificationFail() {
        KeyRing ring = new KeyRing(keys, JwsAlgorithm.ES256);
        String token = new VcJwtSigner(ring).sign(credential);
        JsonObject header = Tokens.decode(Tokens.part(token, 0));
        for (var entry : Mutations.of(header).entrySet()) {
            assertThrows(InvalidCredentialException.class,
                    () -> new VcJwtVerifier(ring).verify(Tokens.with(token, 0, entry.getValue())), entry.getKey());
        }
        JsonObject extra = Json.createObjectBuilder(header).add("x5u", "https://attacker.example/").build();
        assertEquals(BAD_SIGNATURE, refusal(ring, Tokens.with(token, 0, extra)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "None", "HS256", "RS256", "EdDSA", ""})
    void refusesAlgNoneAndAnyAlgorithmThatIsNotTheKeys(String alg) {
        KeyRing ring = new KeyRing(keys, JwsAlgorithm.ES256);
        String token = new VcJwtSigner(ring).sign(credential);
        JsonObject header = Json.createObjectBuilder(Tokens.decode(Tokens.part(token, 0))).add("alg", alg).build();
        assertEquals(ALGORITHM_REFUSED, refusal(ring, Tokens.with(token, 0, header)));
        String unsigned = Tokens.encode(header) + "." + Tokens.part(token, 1) + ".";
        assertEquals(ALGORITHM_REFUSED, refusal(ring, unsigned));
    }

    @Test
    void refusesATokenSignedByAnotherKeyEvenUnderOurKid() {
        KeyRing ring = new KeyRing(keys, JwsAlgorithm.ES256);
        KeyRing attacker = new KeyRing(otherKeys, JwsAlgorithm.ES256);
        String forged = new VcJwtSigner(attacker).sign(credential);
        assertEquals(UNKNOWN_KEY, refusal(ring, forged));
        String ours = new VcJwtSigner(ring).sign(credential);
        String underOurKid = Tokens.part(ours, 0) + "." + Tokens.part(forged, 1) + "." + Tokens.part(forged, 2);
        assertEquals(BAD_SIGNATURE, refusal(ring, underOurKid));
    }

    @Test
    void refusesMalformedTokens() {
        KeyRing ring = new KeyRing(keys, JwsAlgorithm.ES256);
        String token = new VcJwtSigner(ring).sign(credential);
        for (String bad : new String[] {"", "abc", "a.b", token + ".x", token + "=", "!!.??.**",
                Tokens.encode("[1]") + "." + Tokens.part(token, 1) + "." + Tokens.part(token, 2),
                Tokens.part(token, 0) + ".bm90IGpzb24." + Tokens.part(token, 2),
                Tokens.part(token, 0) + "." + Tokens.part(token, 1) + ".A"}) {
            InvalidCredentialException.Reason reason = refusal(ring, bad);
            assertTrue(reason == MALFORMED || reason == BAD_SIGNATURE, bad + ": " + reason);
        }
        assertEquals(BAD_SIGNATURE, refusal(ring, token.substring(0, token.length() - 4)));
    }

    private static InvalidCredentialException.Reason refusal(KeyRing ring, String token) {
        return assertThrows(InvalidCredentialException.class, () -> new VcJwtVerifier(ring).verify(token)).reason();
    }
}
