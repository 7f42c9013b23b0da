package be.epn.campus.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.it.CampusDeployments;
import be.epn.campus.it.Http;
import be.epn.campus.it.QrCodes;
import be.epn.campus.it.Seed;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 6 over HTTP against the EAR that ships: automatic and manual issuing, the files, verification by code
 * and by credential (checked with an independent library, as a verifier would), revocation published in the
 * status list, key rotation, the rate limit, and what erasure and merges do to certificates.
 */
@ExtendWith(ArquillianExtension.class)
class CertificationIT {

    private static final String SECRET = "certification-secret";
    private static final String AUTO = "digcomp-2.2-area-1-level-2";
    private static final String MANUAL = "digcomp-2.2-area-1-level-4";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CampusDeployments.earWithFixtures();
    }

    @ArquillianResource
    URL base;

    URI root;
    Seed seed;
    String u;
    UUID epn;
    Http visitor;

    @BeforeEach
    void seedOneEpn() throws Exception {
        root = base.toURI();
        seed = new Seed(root);
        u = Seed.unique();
        epn = seed.epn("EPN Certificats " + u);
        visitor = new Http(root);
    }

    @Test
    void theAutomaticCertificateComesOnceTheRuleIsMetAndNeverTwice() {
        UUID learner = learner("auto");
        seed.evidence("auto" + u, "1.1,1.2", 2, "TASK", "WITH_HELP");
        assertEquals(0, certificates(learner, AUTO), "two competences of three: no certificate");
        seed.evidence("auto" + u, "1.3", 2, "QUIZ", null);
        assertEquals(1, certificates(learner, AUTO), "the whole area, one piece without help: the certificate");
        seed.evidence("auto" + u, "1.1,1.2,1.3", 3, "QUIZ", null);
        seed.evidence("auto" + u, "1.2", 2, "PLACEMENT", null);
        assertEquals(1, certificates(learner, AUTO), "more evidence, still one certificate");

        JsonObject mine = json(signIn("auto").get("api/learners/" + learner + "/certificates?lang=en"), 200);
        assertEquals(1, mine.getJsonArray("certificates").size(), mine.toString());
        JsonObject certificate = mine.getJsonArray("certificates").getJsonObject(0);
        assertEquals(AUTO, certificate.getString("type"));
        assertEquals("VALID", certificate.getString("state"));
        assertEquals(typeTitle(AUTO, "en"), certificate.getString("title"));
    }

    @Test
    void staffOfTheLearnersEpnIssueWhenTheRuleIsMetAndOnlyOnce() {
        UUID elsewhere = seed.epn("EPN Ailleurs " + u);
        UUID learner = learner("manual");
        seed.person("anim" + u, "Ana", "Animatrice" + u, null, SECRET, "ANIMATEUR", epn, null);
        seed.person("other.anim" + u, "Oscar", "Animateur" + u, null, SECRET, "ANIMATEUR", elsewhere, null);
        Http animateur = signIn("anim");
        String path = "api/learners/" + learner + "/certificates";
        seed.evidence("manual" + u, "1.1,1.2", 4, "TASK", "ALONE");

        assertEquals("certificate.refused.missing", json(issue(animateur, path, MANUAL), 422).getString("error"));
        seed.evidence("manual" + u, "1.3", 4, "TASK", "ALONE");
        assertEquals(403, issue(signIn("other.anim"), path, MANUAL).statusCode(), "an animateur of another EPN");
        assertEquals(403, issue(signIn("manual"), path, MANUAL).statusCode(), "the learner themself");
        assertEquals(403, signIn("manual").post(path, "application/json", HttpRequest.BodyPublishers.ofString("not json"),
                Duration.ofSeconds(30)).statusCode(), "who may act is told before what is wrong with the body");
        assertEquals(400, issue(animateur, path + "?lang=xx", MANUAL).statusCode(), "a language we do not offer");
        assertEquals(0, certificates(learner, MANUAL), "refused requests issue nothing");

        JsonObject issued = json(issue(animateur, path, MANUAL), 201);
        assertEquals(4, issued.getInt("level"));
        assertEquals("Ana Animatrice" + u, issued.getString("issuer"));
        assertEquals(List.of("1.1", "1.2", "1.3"), issued.getJsonArray("competences").stream()
                .map(c -> c.asJsonObject().getString("code")).toList());
        assertEquals("certificate.refused.already", json(issue(animateur, path, MANUAL), 422).getString("error"));
        assertEquals(1, certificates(learner, MANUAL));
        assertEquals(400, animateur.post(path, "application/json", HttpRequest.BodyPublishers.ofString("[1,"),
                Duration.ofSeconds(30)).statusCode());

        JsonObject standing = eligibility(animateur, path, MANUAL);
        assertEquals(issued.getString("uuid"), standing.getString("held"));
        assertFalse(standing.getBoolean("issuable"));
    }

    @Test
    void theFilesGoToTheHolderAndTheCredentialVerifiesWithAnIndependentLibraryUntilRevoked() {
        UUID learner = certified("holder");
        seed.person("neighbour" + u, "Nina", "Voisine" + u, 1970, SECRET, "LEARNER", null, epn);
        seed.person("anim" + u, "Ana", "Animatrice" + u, null, SECRET, "ANIMATEUR", epn, null);
        Http holder = signIn("holder");
        String certificate = certificateUuid(learner, AUTO);
        String files = "api/certificates/" + certificate + "/";

        HttpResponse<byte[]> pdf = holder.getBytes(files + "pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
        HttpResponse<String> file = holder.get(files + "credential");
        assertEquals(200, file.statusCode());
        assertEquals("application/vc+jwt", file.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals(403, signIn("neighbour").get(files + "credential").statusCode(), "another learner");
        assertEquals(403, signIn("neighbour").getBytes(files + "pdf").statusCode(), "another learner");
        int anonymous = visitor.get(files + "pdf").statusCode();
        assertTrue(anonymous == 401 || anonymous == 403 || anonymous == 302, "a visitor: " + anonymous);

        String credential = file.body();
        Map<String, Object> payload = Credentials.verifiedPayload(credential, keys());
        assertEquals("urn:uuid:" + certificate, payload.get("id"));
        @SuppressWarnings("unchecked")
        Map<String, Object> status = (Map<String, Object>) payload.get("credentialStatus");
        URI list = URI.create((String) status.get("statusListCredential"));
        assertTrue(list.getPath().startsWith("/api/certification/status/"), list.toString());
        int index = Integer.parseInt((String) status.get("statusListIndex"));
        assertFalse(revoked(list, index), "a new certificate's bit is 0");
        assertEquals("VALID", verifyFile(credential).getString("state"));

        assertEquals(403, revoke(signIn("anim"), certificate, "Obtained by mistake").statusCode(), "an animateur");
        Http coordinator = coordinator();
        assertEquals("certificate.refused.reason", json(revoke(coordinator, certificate, "no"), 422).getString("error"));
        assertEquals("REVOKED", json(revoke(coordinator, certificate, "Evidence entered for the wrong person"), 200).getString("state"));
        assertEquals("certificate.refused.revoked", json(revoke(coordinator, certificate, "Once more, to be sure"), 422).getString("error"));

        assertTrue(revoked(list, index), "the revocation is published in the list");
        JsonObject verdict = verifyFile(credential);
        assertEquals("REVOKED", verdict.getString("state"));
        assertEquals("Evidence entered for the wrong person", verdict.getJsonObject("certificate").getString("revocationReason"));
        assertEquals("REVOKED", verifyCode(QrCodes.decodeFirstPage(pdf.body())).getString("state"));
        assertEquals(404, visitor.get("api/certification/status/987654321").statusCode());
        assertEquals(404, visitor.get("api/certification/status/first").statusCode());
    }

    /** A revocation is a person's decision: new evidence does not undo it, staff may issue again knowingly. */
    @Test
    void aRevokedTypeIsNotIssuedAgainByTheRuleButStaffMayIssueItAgain() {
        UUID learner = certified("again");
        seed.person("anim" + u, "Ana", "Animatrice" + u, null, SECRET, "ANIMATEUR", epn, null);
        assertEquals(200, revoke(coordinator(), certificateUuid(learner, AUTO), "Evidence entered for the wrong person").statusCode());
        seed.evidence("again" + u, "1.1,1.2,1.3", 3, "QUIZ", null);
        assertEquals(1, certificates(learner, AUTO), "new evidence does not bring a revoked certificate back");

        Http animateur = signIn("anim");
        String path = "api/learners/" + learner + "/certificates";
        JsonObject standing = eligibility(animateur, path, AUTO);
        assertTrue(standing.getBoolean("withdrawn"), standing.toString());
        assertTrue(standing.getBoolean("issuable"), "staff may issue it again: " + standing);
        String page = signIn("again").get("learn/certificates.xhtml").body();
        assertTrue(page.contains("data-type=\"" + AUTO + "\" data-met=\"true\" data-withdrawn=\"true\""),
                "the learner reads that it was withdrawn, not that it is on its way");

        assertEquals("VALID", json(issue(animateur, path, AUTO), 201).getString("state"));
        assertEquals(2, certificates(learner, AUTO), "the revoked one stays for verifiers, beside the new one");
        assertFalse(eligibility(animateur, path, AUTO).getBoolean("withdrawn"));
    }

    /** The achievement id in a credential is an address that answers: what the type certifies, in a language. */
    @Test
    void theAchievementACredentialNamesIsServedAtItsAddress() {
        UUID learner = certified("badge");
        String credential = signIn("badge").get("api/certificates/" + certificateUuid(learner, AUTO) + "/credential").body();
        @SuppressWarnings("unchecked")
        Map<String, Object> subject = (Map<String, Object>) Credentials.verifiedPayload(credential, keys()).get("credentialSubject");
        @SuppressWarnings("unchecked")
        String id = (String) ((Map<String, Object>) subject.get("achievement")).get("id");
        String path = URI.create(id).getPath().substring(1);

        HttpResponse<String> dutch = visitor.get(path + "?lang=nl");
        JsonObject achievement = json(dutch, 200);
        assertEquals(id, achievement.getString("id"));
        assertEquals("Achievement", achievement.getJsonArray("type").getString(0));
        assertEquals(typeTitle(AUTO, "nl"), achievement.getString("name"));
        assertEquals("nl", dutch.headers().firstValue("Content-Language").orElse(""));
        assertEquals(List.of("1.1/2", "1.2/2", "1.3/2"), achievement.getJsonArray("alignment").stream()
                .map(a -> a.asJsonObject().getString("targetCode")).toList(), "the area's competences at the type's level");
        assertEquals(typeTitle(AUTO, "en"), json(visitor.get(path, "Accept-Language", "en"), 200).getString("name"));
        assertEquals(400, visitor.get(path + "?lang=xx").statusCode());
        assertEquals(404, visitor.get("api/certification/achievements/no-such-type").statusCode());
    }

    @Test
    void aCodeVerifiesAsWhatWasIssuedAndForgeriesDoNot() {
        UUID learner = certified("shown");
        Http holder = signIn("shown");
        String certificate = certificateUuid(learner, AUTO);
        String scanned = QrCodes.decodeFirstPage(holder.getBytes("api/certificates/" + certificate + "/pdf").body());
        assertTrue(scanned.contains("code="), scanned);

        JsonObject valid = verifyCode(scanned.substring(scanned.indexOf("code=") + 5), "lang", "en");
        assertEquals("VALID", valid.getString("state"));
        JsonObject shown = valid.getJsonObject("certificate");
        assertEquals(typeTitle(AUTO, "en"), shown.getString("title"));
        assertEquals(2, shown.getInt("level"));
        assertEquals("Lea Titulaire" + u, shown.getString("holder"), "the code was shown with the PDF, which names the holder");
        assertEquals(typeTitle(AUTO, "nl"), verifyCode(scanned, "Accept-Language", "nl-BE,nl;q=0.9")
                .getJsonObject("certificate").getString("title"), "the whole scanned address works too");

        String credential = holder.get("api/certificates/" + certificate + "/credential").body();
        JsonObject byFile = verifyFile(credential);
        assertEquals("VALID", byFile.getString("state"));
        assertFalse(byFile.getJsonObject("certificate").containsKey("holder"), "a credential names nobody, nor does its verdict");
        assertNotAuthentic(verifyFile(Credentials.tampered(credential)), "a payload changed by one character");
        assertNotAuthentic(verifyFile(Credentials.unsigned(credential)), "alg none");
        assertNotAuthentic(verifyFile("not a credential at all"), "text");
        assertNotAuthentic(verifyCode(randomCode()), "a random code");
        assertEquals(415, visitor.post("api/certification/verify", Map.of(credential, "")).statusCode(), "curl -d sends a form");
        assertEquals(413, visitor.post("api/certification/verify", "application/vc+jwt",
                HttpRequest.BodyPublishers.ofString("e".repeat(64 * 1024 + 1)), Duration.ofSeconds(30)).statusCode());
    }

    @Test
    void afterAKeyRotationOldCredentialsStayValidAndNewOnesCarryTheNewKey() {
        UUID before = certified("before");
        String old = signIn("before").get("api/certificates/" + certificateUuid(before, AUTO) + "/credential").body();
        assertEquals(403, signIn("before").post("api/certification/keys/rotation", Map.of()).statusCode(), "a learner");
        String kid = json(coordinator().post("api/certification/keys/rotation", Map.of()), 200).getString("kid");
        assertNotEquals(Credentials.kid(old), kid);

        Credentials.verifiedPayload(old, keys());
        assertEquals("VALID", verifyFile(old).getString("state"), "signed with the retired key, still valid");
        UUID after = certified("after");
        String fresh = signIn("after").get("api/certificates/" + certificateUuid(after, AUTO) + "/credential").body();
        assertEquals(kid, Credentials.kid(fresh));
        Credentials.verifiedPayload(fresh, keys());
        assertEquals("VALID", verifyFile(fresh).getString("state"));
    }

    @Test
    void verificationIsLimitedPerClientAddress() {
        int limit = Integer.getInteger("campus.it.verify.per.minute", 30);
        LoopbackClient elsewhere = new LoopbackClient("127.0.0.77", root);
        String path = root.getPath() + "api/certification/verify?code=" + randomCode();
        LoopbackClient.Answer answer = null;
        int sent = 0;
        while (sent <= limit) {
            answer = elsewhere.get(path);
            sent++;
            if (answer.status() != 200) {
                break;
            }
        }
        assertEquals(429, answer.status(), "after " + sent + " requests: " + answer.head());
        assertEquals(limit + 1, sent, "the limit is " + limit + " a minute: the first " + limit + " pass, the next is refused");
        assertTrue(Long.parseLong(answer.header("Retry-After").orElse("0")) > 0, answer.head());
        assertEquals("NOT_AUTHENTIC", verifyCode(randomCode()).getString("state"), "other addresses still verify");
    }

    @Test
    void erasureRevokesTheCertificateAndDeletesItsPdf() {
        UUID learner = certified("erased");
        Http coordinator = coordinator();
        String certificate = certificateUuid(learner, AUTO);
        String code = QrCodes.decodeFirstPage(coordinator.getBytes("api/certificates/" + certificate + "/pdf").body());
        assertEquals("VALID", verifyCode(code).getString("state"));

        assertEquals(204, coordinator.delete("api/people/" + learner).statusCode());
        JsonObject verdict = verifyCode(code);
        assertEquals("REVOKED", verdict.getString("state"), "nobody keeps showing a certificate of an erased person");
        assertFalse(verdict.toString().contains("Titulaire" + u), "the verdict no longer names the erased person");
        assertEquals(404, coordinator.getBytes("api/certificates/" + certificate + "/pdf").statusCode(), "the PDF printed the name");
    }

    @Test
    void mergingTwoRecordsThatEachHoldACertificateLeavesOneStanding() {
        UUID kept = certified("kept");
        UUID duplicate = certified("duplicate");
        Http coordinator = coordinator();
        String keptCode = QrCodes.decodeFirstPage(coordinator.getBytes("api/certificates/" + certificateUuid(kept, AUTO) + "/pdf").body());
        String duplicateCode = QrCodes.decodeFirstPage(
                coordinator.getBytes("api/certificates/" + certificateUuid(duplicate, AUTO) + "/pdf").body());

        HttpResponse<String> merged = coordinator.submit("admin/merge.xhtml?keep=" + kept + "&duplicate=" + duplicate, "merge",
                Map.of("merge:reason", "Created twice; she showed her card at the desk.", "merge:confirm", "x"));
        assertTrue(merged.statusCode() == 302 || merged.statusCode() == 200, "merge answered " + merged.statusCode());
        assertEquals(2, seed.count("SELECT COUNT(c) FROM Certificate c WHERE c.person.uuid = '" + kept + "'"), "both follow the learner");
        assertEquals(1, seed.count("SELECT COUNT(c) FROM Certificate c WHERE c.person.uuid = '" + kept
                + "' AND c.typeKey = '" + AUTO + "' AND c.revokedAt IS NULL"), "one standing certificate of the type");
        assertEquals("VALID", verifyCode(keptCode).getString("state"));
        assertEquals("REVOKED", verifyCode(duplicateCode).getString("state"));
    }

    @Test
    void theApiIsDescribedForClients() {
        HttpResponse<String> document = visitor.get("/openapi", "Accept", "application/json");
        assertEquals(200, document.statusCode());
        JsonObject paths = Json.createReader(new StringReader(document.body())).readObject().getJsonObject("paths");
        for (String path : List.of("/api/certification/verify", "/api/certification/status/{id}", "/api/learners/{id}/certificates",
                "/api/certification/certificates/{id}/revocation", "/api/certification/keys/rotation")) {
            assertTrue(paths.containsKey(path), path + " in " + paths.keySet());
        }
        assertTrue(document.body().contains("\"Verdict\""), "the verdict's schema is described");
    }

    private UUID learner(String name) {
        return seed.person(name + u, "Lea", "Titulaire" + u, 1980, SECRET, "LEARNER", null, epn);
    }

    /** A learner who met the rule of area 1 at level 2, and so holds its automatic certificate. */
    private UUID certified(String name) {
        UUID learner = learner(name);
        seed.evidence(name + u, "1.1,1.2,1.3", 2, "QUIZ", null);
        assertEquals(1, certificates(learner, AUTO));
        return learner;
    }

    private JsonObject eligibility(Http staff, String path, String type) {
        return json(staff.get(path), 200).getJsonArray("eligibility").stream().map(e -> e.asJsonObject())
                .filter(e -> e.getString("type").equals(type)).findFirst().orElseThrow();
    }

    private long certificates(UUID learner, String type) {
        return seed.count("SELECT COUNT(c) FROM Certificate c WHERE c.person.uuid = '" + learner + "' AND c.typeKey = '" + type + "'");
    }

    private String certificateUuid(UUID learner, String type) {
        return seed.rows("SELECT c.uuid FROM Certificate c WHERE c.person.uuid = '" + learner + "' AND c.typeKey = '" + type
                + "' ORDER BY c.id").get(0);
    }

    private Http signIn(String name) {
        return Http.signedIn(root, name + u, SECRET);
    }

    private Http coordinator() {
        seed.person("coord" + u, "Chloé", "Coordinatrice" + u, null, SECRET, "COORDINATOR", null, null);
        return signIn("coord");
    }

    private String keys() {
        HttpResponse<String> keys = visitor.get("api/certification/keys");
        assertEquals(200, keys.statusCode());
        return keys.body();
    }

    private boolean revoked(URI list, int index) {
        HttpResponse<String> answer = visitor.get(list.getPath().substring(1));
        assertEquals(200, answer.statusCode());
        assertEquals("application/vc+jwt", answer.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(answer.headers().firstValue("Cache-Control").orElse("").contains("max-age=300"), answer.headers().toString());
        Map<String, Object> payload = Credentials.verifiedPayload(answer.body(), keys());
        assertEquals(list.toString(), payload.get("id"));
        @SuppressWarnings("unchecked")
        Map<String, Object> subject = (Map<String, Object>) payload.get("credentialSubject");
        assertEquals("revocation", subject.get("statusPurpose"));
        return Credentials.bit((String) subject.get("encodedList"), index);
    }

    private HttpResponse<String> issue(Http staff, String path, String type) {
        return staff.post(path, "application/json", HttpRequest.BodyPublishers.ofString("{\"type\":\"" + type + "\"}"), Duration.ofSeconds(60));
    }

    private static HttpResponse<String> revoke(Http http, String certificate, String reason) {
        return http.post("api/certification/certificates/" + certificate + "/revocation", "application/json",
                HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("reason", reason).build().toString()),
                Duration.ofSeconds(30));
    }

    /** GET /verify; {@code how} is "lang" and a language, or a header name and value. */
    private JsonObject verifyCode(String code, String... how) {
        String query = "api/certification/verify?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
        if (how.length == 2 && how[0].equals("lang")) {
            return json(visitor.get(query + "&lang=" + how[1]), 200);
        }
        return json(visitor.get(query, how), 200);
    }

    private JsonObject verifyFile(String credential) {
        return json(visitor.post("api/certification/verify", "application/vc+jwt", HttpRequest.BodyPublishers.ofString(credential),
                Duration.ofSeconds(30)), 200);
    }

    private static void assertNotAuthentic(JsonObject verdict, String what) {
        assertEquals("NOT_AUTHENTIC", verdict.getString("state"), what + ": " + verdict);
        assertFalse(verdict.containsKey("certificate"), what + ": nothing is shown of a forgery");
    }

    private static JsonObject json(HttpResponse<String> answer, int status) {
        assertEquals(status, answer.statusCode(), answer.body());
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    /** A well-formed code (28 symbols of the code's alphabet, in groups of four) that nobody was given. */
    private static String randomCode() {
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        SecureRandom random = new SecureRandom();
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 28; i++) {
            code.append(i > 0 && i % 4 == 0 ? "-" : "").append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return code.toString();
    }

    /** A type's title as its file in the curricula says it, not as our code reads it. */
    private static String typeTitle(String type, String language) {
        Path file = Path.of(System.getProperty("campus.curricula.dir", "../curricula"), "certificates", type + ".json");
        try (var reader = Json.createReader(Files.newBufferedReader(file))) {
            return reader.readObject().getJsonObject("title").getString(language);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
