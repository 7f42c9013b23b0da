package be.epn.campus.certification.credential;

import be.epn.campus.certification.Sha256;
import be.epn.campus.certification.credential.CredentialContent.Achievement;
import be.epn.campus.certification.credential.CredentialContent.StatusEntry;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Builds an Open Badges 3.0 {@code OpenBadgeCredential}: a W3C Verifiable Credential (Data Model 2.0) in
 * JSON-LD, unsigned; {@link be.epn.campus.certification.keys.VcJwtSigner} signs it.
 */
public final class OpenBadgeCredential {

    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    private OpenBadgeCredential() {
    }

    /** The credential JSON for this content; the same content always gives the same JSON. */
    public static JsonObject build(CredentialContent content) {
        JsonObjectBuilder credential = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(VC_CONTEXT).add(OB_CONTEXT))
                .add("id", "urn:uuid:" + content.credentialId())
                .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
                .add("name", content.achievement().name())
                .add("issuer", Json.createObjectBuilder()
                        .add("id", content.issuer().url())
                        .add("type", Json.createArrayBuilder().add("Profile"))
                        .add("name", content.issuer().name()))
                .add("validFrom", dateTime(content.validFrom()));
        if (content.validUntil() != null) {
            credential.add("validUntil", dateTime(content.validUntil()));
        }
        return credential
                .add("credentialSubject", Json.createObjectBuilder()
                        .add("type", Json.createArrayBuilder().add("AchievementSubject"))
                        .add("identifier", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("type", "IdentityObject")
                                .add("identityHash", identityHash(content.learnerId(), content.identitySalt()))
                                .add("identityType", "systemId")
                                .add("hashed", true)
                                .add("salt", content.identitySalt())))
                        .add("achievement", achievement(content.achievement())))
                .add("credentialStatus", status(content.status()))
                .build();
    }

    /**
     * The achievement alone, as a document of its own: what the achievement {@code id} of our credentials serves, so
     * that a verifier can read what a certificate type means without holding one. The same object as in the
     * credential, with the contexts that make it a JSON-LD document.
     */
    public static JsonObject achievementDocument(Achievement achievement) {
        return Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(VC_CONTEXT).add(OB_CONTEXT))
                .addAll(achievement(achievement))
                .build();
    }

    /**
     * The OB 3.0 identity hash of a learner: {@code sha256$} and the hex SHA-256 of the UUID followed by the
     * salt. Whoever knows the learner's UUID can check that the credential is theirs; nobody else learns who
     * it is, and the name never travels in the file.
     */
    public static String identityHash(UUID learnerId, String salt) {
        return "sha256$" + HexFormat.of().formatHex(Sha256.of(learnerId.toString() + salt));
    }

    private static JsonObjectBuilder achievement(Achievement achievement) {
        JsonArrayBuilder alignments = Json.createArrayBuilder();
        achievement.alignments().forEach(a -> alignments.add(Json.createObjectBuilder()
                .add("type", Json.createArrayBuilder().add("Alignment"))
                .add("targetName", a.targetName())
                .add("targetUrl", a.targetUrl())
                .add("targetCode", a.targetCode())
                .add("targetFramework", a.targetFramework())
                // Our competences are published as CASE items (the framework's CASE export), hence CFItem.
                .add("targetType", "CFItem")));
        return Json.createObjectBuilder()
                .add("id", achievement.id())
                .add("type", Json.createArrayBuilder().add("Achievement"))
                .add("inLanguage", achievement.language())
                .add("name", achievement.name())
                .add("description", achievement.description())
                .add("criteria", Json.createObjectBuilder().add("narrative", achievement.criteria()))
                .add("alignment", alignments);
    }

    private static JsonObjectBuilder status(StatusEntry entry) {
        return Json.createObjectBuilder()
                .add("id", entry.listCredentialUrl() + "#" + entry.index())
                .add("type", "BitstringStatusListEntry")
                .add("statusPurpose", "revocation")
                // A string, as the Bitstring Status List specification asks.
                .add("statusListIndex", Integer.toString(entry.index()))
                .add("statusListCredential", entry.listCredentialUrl());
    }

    /** XML Schema dateTime in UTC to the second, as VC verifiers expect. */
    public static String dateTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
