package be.epn.campus.certification.status;

import be.epn.campus.certification.credential.OpenBadgeCredential;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;

/**
 * The status list credential that verifiers fetch at {@code statusListCredential}: a
 * {@code BitstringStatusListCredential} with the list's bits in {@code encodedList}. Signed like a badge.
 */
public final class StatusListCredential {

    private StatusListCredential() {
    }

    /**
     * The unsigned status list credential.
     *
     * @param url the URL it is published at, which is also its id
     * @param issuerUrl the platform's issuer URL, the same as in the credentials it covers
     * @param validFrom when this version of the list was made
     */
    public static JsonObject build(String url, String issuerUrl, Instant validFrom, BitstringStatusList list) {
        return Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(OpenBadgeCredential.VC_CONTEXT))
                .add("id", url)
                .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("BitstringStatusListCredential"))
                .add("issuer", issuerUrl)
                .add("validFrom", OpenBadgeCredential.dateTime(validFrom))
                .add("credentialSubject", Json.createObjectBuilder()
                        .add("id", url + "#list")
                        .add("type", "BitstringStatusList")
                        .add("statusPurpose", "revocation")
                        .add("encodedList", list.encodedList()))
                .build();
    }
}
