package be.epn.campus.certification;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.certification.keys.JwsAlgorithm;
import be.epn.campus.certification.keys.KeyRing;
import be.epn.campus.certification.keys.VcJwtSigner;
import be.epn.campus.certification.keys.VcJwtVerifier;
import be.epn.campus.certification.status.BitstringStatusList;
import be.epn.campus.certification.status.StatusListCredential;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BitstringStatusListTest {

    @TempDir
    Path keys;

    @Test
    void hasAtLeast131072BitsAndRefusesFewer() {
        assertEquals(131_072, new BitstringStatusList().size());
        assertThrows(IllegalArgumentException.class, () -> new BitstringStatusList(1024));
        assertThrows(IndexOutOfBoundsException.class, () -> new BitstringStatusList().get(131_072));
    }

    @Test
    void bitsRoundTripThroughTheEncodedList() {
        BitstringStatusList list = new BitstringStatusList();
        var random = new Random(6);
        var set = new TreeSet<Integer>();
        for (int i = 0; i < 500; i++) {
            set.add(random.nextInt(list.size()));
        }
        set.add(0);
        set.add(list.size() - 1);
        set.forEach(i -> list.set(i, true));
        list.set(set.first(), false);

        String encoded = list.encodedList();
        assertTrue(encoded.startsWith("u"), "multibase base64url");
        assertFalse(encoded.contains("=") || encoded.contains("+") || encoded.contains("/"));
        BitstringStatusList back = BitstringStatusList.decode(encoded);
        for (int i = 0; i < back.size(); i++) {
            assertEquals(set.contains(i) && i != set.first(), back.get(i), "bit " + i);
        }
        assertArrayEquals(list.toBytes(), BitstringStatusList.fromBytes(back.toBytes()).toBytes());
    }

    @Test
    void indexZeroIsTheLeftmostBitOfTheFirstByte() {
        BitstringStatusList list = new BitstringStatusList();
        list.set(0, true);
        list.set(9, true);
        assertEquals((byte) 0x80, list.toBytes()[0]);
        assertEquals((byte) 0x40, list.toBytes()[1]);
    }

    @Test
    void theStatusListCredentialIsSignedAndCarriesTheList() throws Exception {
        BitstringStatusList list = new BitstringStatusList();
        list.set(4711, true);
        JsonObject credential = StatusListCredential.build(Samples.STATUS_LIST, Samples.ISSUER,
                Instant.parse("2026-11-26T12:00:00Z"), list);
        assertEquals("[\"VerifiableCredential\",\"BitstringStatusListCredential\"]",
                credential.get("type").toString());
        KeyRing ring = new KeyRing(keys, JwsAlgorithm.ES256);
        JsonObject verified = new VcJwtVerifier(ring).verify(new VcJwtSigner(ring).sign(credential));
        JsonObject subject = verified.getJsonObject("credentialSubject");
        assertEquals("BitstringStatusList", subject.getString("type"));
        assertEquals("revocation", subject.getString("statusPurpose"));
        assertTrue(BitstringStatusList.decode(subject.getString("encodedList")).get(4711));
        assertFalse(BitstringStatusList.decode(subject.getString("encodedList")).get(4712));
    }
}
