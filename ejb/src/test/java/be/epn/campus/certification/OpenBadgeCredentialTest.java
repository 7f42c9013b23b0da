package be.epn.campus.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.certification.credential.OpenBadgeCredential;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class OpenBadgeCredentialTest {

    private final JsonObject credential = OpenBadgeCredential.build(Samples.content());

    @Test
    void hasTheOpenBadges3ShapeWithContextsTypesIssuerAndDates() {
        assertEquals("[\"https://www.w3.org/ns/credentials/v2\","
                + "\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"]",
                credential.get("@context").toString());
        assertEquals("[\"VerifiableCredential\",\"OpenBadgeCredential\"]", credential.get("type").toString());
        assertEquals("urn:uuid:5b1c8a9e-0f4d-4c1e-9a57-2d3c4b5a6f70", credential.getString("id"));
        assertEquals(Samples.ISSUER, credential.getJsonObject("issuer").getString("id"));
        assertEquals("2026-11-26T10:15:30Z", credential.getString("validFrom"));
        assertEquals("2031-11-26T10:15:30Z", credential.getString("validUntil"));
    }

    @Test
    void namesTheLearnerOnlyByASaltedHashOfTheirUuid() {
        JsonObject identity = credential.getJsonObject("credentialSubject").getJsonArray("identifier")
                .getJsonObject(0);
        assertTrue(identity.getBoolean("hashed"));
        assertEquals(OpenBadgeCredential.identityHash(Samples.content().learnerId(), Samples.content().identitySalt()),
                identity.getString("identityHash"));
        assertTrue(identity.getString("identityHash").matches("sha256\\$[0-9a-f]{64}"));
        assertFalse(credential.toString().contains(Samples.content().learnerId().toString()));
    }

    @Test
    void carriesTheAchievementCriteriaAlignmentsAndStatusEntry() {
        JsonObject achievement = credential.getJsonObject("credentialSubject").getJsonObject("achievement");
        assertEquals("fr", achievement.getString("inLanguage"));
        assertTrue(achievement.getJsonObject("criteria").getString("narrative").startsWith("Chaque"));
        JsonObject alignment = achievement.getJsonArray("alignment").getJsonObject(0);
        assertEquals("DigComp 2.2", alignment.getString("targetFramework"));
        assertEquals("1.1/2", alignment.getString("targetCode"));
        JsonObject status = credential.getJsonObject("credentialStatus");
        assertEquals("BitstringStatusListEntry", status.getString("type"));
        assertEquals("revocation", status.getString("statusPurpose"));
        assertEquals("4711", status.getString("statusListIndex"));
        assertEquals(Samples.STATUS_LIST, status.getString("statusListCredential"));
    }
}
