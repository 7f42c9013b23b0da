package be.epn.campus.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.certification.pdf.CertificateContent;
import be.epn.campus.certification.pdf.CertificateContent.CompetenceLine;
import be.epn.campus.certification.pdf.CertificateRenderer;
import be.epn.campus.it.Accessibility;
import be.epn.campus.it.BrowserTest;
import be.epn.campus.it.CampusDeployments;
import be.epn.campus.it.Http;
import be.epn.campus.it.QrCodes;
import be.epn.campus.it.QuizInBrowser;
import be.epn.campus.it.Seed;
import be.epn.campus.it.SignIn;
import be.epn.campus.platform.Language;
import jakarta.json.Json;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 6 in the browser: a learner completes area 1 (two tasks done with help, then a quiz passed on their own)
 * and finds the certificate on "My certificates"; its PDF's QR code opens the public page, which says Valid, then
 * Revoked once a coordinator withdrew it. A PDF whose printed text was forged still verifies as what was really
 * issued. An animateur issues a manual certificate, and hears in words why not while the rule is not met.
 */
class CertificateBrowserIT extends BrowserTest {

    private static final String SECRET = "certificate-secret-2026";
    private static final String AREA_1_LEVEL_2 = "digcomp-2.2-area-1-level-2";
    private static final String AREA_1_LEVEL_4 = "digcomp-2.2-area-1-level-4";
    private static final String MODULE = "files-and-folders";

    private Seed seed;
    /** The suffix of every name a test seeds, so that tests sharing one database never meet. */
    private String u;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CampusDeployments.earWithFixtures();
    }

    @BeforeEach
    void newCast() throws Exception {
        seed = new Seed(base.toURI());
        u = Seed.unique();
    }

    @Test
    void aLearnerCompletesArea1TheQrCodeSaysValidThenRevoked() throws Exception {
        UUID epn = seed.epn("EPN Certificats " + u);
        String learner = "zoe" + u;
        String name = "Zoé Certifiée" + u;
        seed.person(learner, "Zoé", "Certifiée" + u, 1958, SECRET, "LEARNER", null, epn);
        seed.person("coord" + u, "Claire", "Coordinatrice" + u, null, SECRET, "COORDINATOR", null, null);
        seed.evidence(learner, "1.1,1.2", 2, "TASK", "WITH_HELP");

        // Before the quiz: no certificate, and the page says in words what is still to show (1.3).
        SignIn.as(browser, base.toString(), learner, SECRET);
        open("learn/");
        assertTrue(browser.findElement(By.id("certificatesLink")).isDisplayed(), "the learner's home links to the certificates");
        open("learn/certificates.xhtml");
        Accessibility.assertNoSeriousViolations(browser);
        assertTrue(browser.findElements(By.cssSelector("#certificates li")).isEmpty(), "no certificate yet");
        WebElement toCome = browser.findElement(By.cssSelector("#toCome li[data-type='" + AREA_1_LEVEL_2 + "']"));
        assertEquals(List.of("1.3"), toCome.findElements(By.cssSelector("[data-competence]")).stream()
                .map(e -> e.getAttribute("data-competence")).toList(), "only 1.3 is still to show");
        String missing = toCome.findElement(By.cssSelector("[data-competence='1.3']")).getText();
        assertTrue(missing.length() > 5 && !missing.equals("1.3"), "a competence in words, not a code: " + missing);

        // The quiz of "Files and folders" (1.3 at level 2), passed in the browser.
        open("learn/quiz.xhtml?m=" + MODULE + "&a=files-quiz");
        new QuizInBrowser(browser, QuizInBrowser.moduleFile(MODULE), "files-quiz", this::press).answerAllRightly();
        assertTrue(browser.findElement(By.id("result")).getAttribute("class").contains("passed"), browser.findElement(By.id("result")).getText());

        open("learn/certificates.xhtml");
        WebElement held = browser.findElement(By.cssSelector("#certificates li[data-type='" + AREA_1_LEVEL_2 + "']"));
        assertEquals("VALID", held.getAttribute("data-state"));
        assertTrue(browser.findElements(By.cssSelector("#toCome li[data-type='" + AREA_1_LEVEL_2 + "']")).isEmpty(), "held, no longer to come");
        Accessibility.assertNoSeriousViolations(browser);
        String certificate = held.getAttribute("data-certificate");
        byte[] pdf = download(held.findElement(By.className("pdf-link")).getAttribute("href"));
        byte[] credential = download(held.findElement(By.className("credential-link")).getAttribute("href"));

        // The QR code, read from the rendered page as a phone would, opens the public page: Valid, the learner's name.
        String scanned = QrCodes.decodeFirstPage(pdf);
        assertTrue(scanned.matches(java.util.regex.Pattern.quote(base + "verify.xhtml?code=") + "[0-9A-Z]{4}(-[0-9A-Z]{4}){6}"), scanned);
        SignIn.signOut(browser, base.toString());
        browser.get(scanned);
        assertEquals("VALID", verdict());
        assertEquals(name, browser.findElement(By.id("holder")).getText());
        assertEquals("2", browser.findElement(By.id("level")).getText());
        assertEquals("EPN Campus", browser.findElement(By.id("issuer")).getText(), "issued by the platform");
        assertTrue(browser.findElement(By.id("competences")).getText().contains("1.3"));
        assertTrue(browser.findElement(By.id("framework")).getText().contains("DigComp"), "the framework by its name");
        Accessibility.assertNoSeriousViolations(browser);

        // The credential file, given on the same page, says the same; the name is not shown for a bare file.
        Path file = Files.createTempFile("credential", ".jwt");
        Files.write(file, credential);
        open("verify.xhtml");
        browser.findElement(By.id("byFile:credential")).sendKeys(file.toString());
        press(By.id("byFile:submit"));
        assertEquals("VALID", verdict());
        assertTrue(browser.findElements(By.id("holder")).isEmpty());

        // A file far bigger than any credential is not read.
        Path big = Files.createTempFile("big", ".jwt");
        Files.write(big, new byte[65 * 1024 + 1]);
        open("verify.xhtml");
        browser.findElement(By.id("byFile:credential")).sendKeys(big.toString());
        press(By.id("byFile:submit"));
        assertTrue(browser.findElements(By.id("verdict")).isEmpty());
        assertTrue(globalMessages().contains("64"), globalMessages());
        Files.delete(big);

        // A coordinator revokes it: a reason too short is refused and kept, a proper one is taken.
        SignIn.as(browser, base.toString(), "coord" + u, SECRET);
        open("desk/certificate-register.xhtml");
        Accessibility.assertNoSeriousViolations(browser);
        // Changing the key asks first and names the key in use; cancelled here (other tests count the published keys).
        // The key in use signed the credential issued above (the JWK Set lists retired keys too, in no set order).
        String kid = Json.createReader(new java.io.StringReader(new String(java.util.Base64.getUrlDecoder().decode(
                new String(credential, StandardCharsets.US_ASCII).split("\\.")[0]), StandardCharsets.UTF_8))).readObject().getString("kid");
        press(By.id("register:rotate"));
        assertTrue(browser.findElement(By.id("rotateConfirmation")).getText().contains(kid), "the current key is named");
        press(By.id("register:rotateNo"));
        assertTrue(browser.findElements(By.id("rotateConfirmation")).isEmpty());
        String row = "#certificates tr[data-certificate='" + certificate + "']";
        assertTrue(browser.findElement(By.cssSelector(row)).getText().contains(name));
        press(By.cssSelector(row + " input[id$=':revoke']"));
        browser.findElement(By.cssSelector(row + " textarea")).sendKeys("no");
        press(By.cssSelector(row + " input[id$=':revokeYes']"));
        assertTrue(globalMessages().contains("5"), "the reason's length is explained: " + globalMessages());
        assertEquals("no", browser.findElement(By.cssSelector(row + " textarea")).getAttribute("value"), "nothing lost");
        assertEquals("VALID", browser.findElement(By.cssSelector(row)).getAttribute("data-state"));
        String reason = "Obtenu par erreur " + u;
        WebElement textarea = browser.findElement(By.cssSelector(row + " textarea"));
        textarea.clear();
        textarea.sendKeys(reason);
        press(By.cssSelector(row + " input[id$=':revokeYes']"));
        assertEquals("REVOKED", browser.findElement(By.cssSelector(row)).getAttribute("data-state"));

        SignIn.signOut(browser, base.toString());
        browser.get(scanned);
        assertEquals("REVOKED", verdict());
        assertEquals(reason, browser.findElement(By.id("revocationReason")).getText());
        assertEquals(name, browser.findElement(By.id("holder")).getText(), "what it was is still shown");
        open("verify.xhtml");
        browser.findElement(By.id("byFile:credential")).sendKeys(file.toString());
        press(By.id("byFile:submit"));
        assertEquals("REVOKED", verdict(), "the credential file is revoked too");
        Files.delete(file);
    }

    @Test
    void editingThePdfsTextDoesNotChangeWhatTheVerificationPageSays() throws Exception {
        UUID epn = seed.epn("EPN Faux " + u);
        String learner = "paul" + u;
        seed.person(learner, "Paul", "Honnête" + u, 1970, SECRET, "LEARNER", null, epn);
        seed.evidence(learner, "1.1,1.2,1.3", 2, "QUIZ", null);

        SignIn.as(browser, base.toString(), learner, SECRET);
        open("learn/certificates.xhtml");
        WebElement held = browser.findElement(By.cssSelector("#certificates li[data-type='" + AREA_1_LEVEL_2 + "']"));
        String scanned = QrCodes.decodeFirstPage(download(held.findElement(By.className("pdf-link")).getAttribute("href")));

        // The same QR code and code under another name and a higher level: what a forger would print.
        String forgedName = "Mallory Faussaire" + u;
        List<CompetenceLine> forgedLevels = List.of(new CompetenceLine("1.1", "Naviguer", 8),
                new CompetenceLine("1.2", "Évaluer", 8), new CompetenceLine("1.3", "Gérer", 8));
        byte[] forged = new CertificateRenderer().render(new CertificateContent(Language.FR, forgedName,
                "Compétences numériques hautement spécialisées", forgedLevels, "DigComp 2.2", "2.2", "EPN Faux " + u,
                LocalDate.now(), "EPN Campus", scanned, scanned.substring(scanned.indexOf("code=") + 5)));
        assertTrue(text(forged).contains(forgedName), "the forged PDF prints the forged name");
        String forgedScan = QrCodes.decodeFirstPage(forged);
        assertEquals(scanned, forgedScan);

        SignIn.signOut(browser, base.toString());
        browser.get(forgedScan);
        assertEquals("VALID", verdict());
        assertEquals("Paul Honnête" + u, browser.findElement(By.id("holder")).getText(), "the real name");
        assertFalse(browser.findElement(By.id("verdict")).getText().contains("Mallory"));
        assertEquals("2", browser.findElement(By.id("level")).getText(), "the real level");
        List<String> levels = browser.findElements(By.cssSelector("#competences tr[data-level]")).stream()
                .map(e -> e.getAttribute("data-level")).toList();
        assertEquals(List.of("2", "2", "2"), levels, "the real competence levels");

        // A code typed wrong by one group is not authentic, in plain words.
        String wrong = scanned.substring(scanned.indexOf("code=") + 5).replaceFirst("^....", "ZZZZ");
        open("verify.xhtml");
        type("byCode:code", wrong);
        press(By.id("byCode:submit"));
        assertEquals("NOT_AUTHENTIC", verdict());
        assertFalse(browser.findElement(By.id("reason")).getText().isBlank());
    }

    @Test
    void anAnimateurIssuesAManualCertificateOnlyWhenTheRuleIsMet() throws Exception {
        UUID epn = seed.epn("EPN Délivrance " + u);
        String learner = "ines" + u;
        UUID learnerId = seed.person(learner, "Inès", "Autonome" + u, 1965, SECRET, "LEARNER", null, epn);
        seed.person("anim" + u, "Anaïs", "Animatrice" + u, null, SECRET, "ANIMATEUR", epn, null);
        seed.evidence(learner, "1.1,1.2", 4, "TASK", "WITH_HELP");

        SignIn.as(browser, base.toString(), "anim" + u, SECRET);
        open("desk/learner.xhtml?id=" + learnerId);
        browser.findElement(By.id("certificatesLink")).click();
        waiting().until(d -> !d.findElements(By.id("standing")).isEmpty());
        Accessibility.assertNoSeriousViolations(browser);
        String row = "#standing tr[data-type='" + AREA_1_LEVEL_4 + "']";
        assertEquals("false", browser.findElement(By.cssSelector(row)).getAttribute("data-met"));

        // Not met (1.3 missing): the animateur may try, confirms, and reads why not; nothing is issued.
        press(By.cssSelector(row + " input[id$=':choose']"));
        assertTrue(browser.findElement(By.id("confirmation")).isDisplayed(), "a confirmation first");
        press(By.cssSelector(row + " input[id$=':confirm']"));
        assertTrue(globalMessages().contains("1.3"), "the refusal names what is missing: " + globalMessages());
        assertEquals(0, issued(learner, AREA_1_LEVEL_4));

        // 1.3 shown alone at level 4: the rule is met, the certificate is issued in the animateur's name.
        seed.evidence(learner, "1.3", 4, "TASK", "ALONE");
        open("desk/certificates.xhtml?learner=" + learnerId);
        assertEquals("true", browser.findElement(By.cssSelector(row)).getAttribute("data-met"));
        press(By.cssSelector(row + " input[id$=':choose']"));
        press(By.cssSelector(row + " input[id$=':confirm']"));
        assertEquals(1, issued(learner, AREA_1_LEVEL_4), globalMessages());
        WebElement certificate = browser.findElement(By.cssSelector("#held tr[data-type='" + AREA_1_LEVEL_4 + "']"));
        assertEquals("VALID", certificate.getAttribute("data-state"));
        assertTrue(certificate.getText().contains("Animatrice" + u), "issued by the animateur: " + certificate.getText());
        assertTrue(browser.findElements(By.cssSelector(row + " input[id$=':choose']")).isEmpty(), "no second issue offered");

        // The register lists it for the animateur, without the coordinator's actions.
        open("desk/certificate-register.xhtml");
        assertTrue(browser.findElement(By.id("certificates")).getText().contains("Autonome" + u));
        assertTrue(browser.findElements(By.cssSelector("input[id$=':revoke']")).isEmpty(), "animateurs do not revoke");
        assertTrue(browser.findElements(By.id("keys")).isEmpty(), "animateurs do not rotate keys");
    }

    @Test
    void aVisitorOverTheLimitIsToldToWaitAndNothingIsVerified() throws IOException {
        // From an address of its own on the loopback, so that the other tests' verifications are not held up.
        String code = "0000-0000-0000-0000-0000-0000-0000";
        // The test server's limit (ear/pom.xml): every IT verifies from 127.0.0.1, so it is higher than production's 30.
        int limit = Integer.getInteger("campus.it.verify.per.minute", 30);
        for (int i = 0; i < limit; i++) {
            String page = getFrom("127.0.0.9", "verify.xhtml?code=" + code);
            assertTrue(page.contains("data-state=\"NOT_AUTHENTIC\""), "verification " + (i + 1) + " answered");
        }
        String over = getFrom("127.0.0.9", "verify.xhtml?code=" + code);
        assertFalse(over.contains("id=\"verdict\""), "no verification over the limit");
        assertTrue(over.contains("Attendez une minute"), "a clear message");
        assertTrue(getFrom("127.0.0.10", "verify.xhtml?code=" + code).contains("id=\"verdict\""), "another address is not held up");
    }

    /** A page fetched over a socket bound to {@code source}, which the server sees as the client's address. */
    private String getFrom(String source, String path) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(source, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            String request = "GET " + base.getPath() + path + " HTTP/1.0\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nAccept-Language: fr\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private long issued(String username, String type) {
        return seed.count("SELECT COUNT(c) FROM Certificate c WHERE c.person.username = '" + username + "' AND c.typeKey = '" + type + "'");
    }

    private String verdict() {
        return browser.findElement(By.id("verdict")).getAttribute("data-state");
    }

    /** A file the page links to, fetched with the browser's own session, as the browser would download it. */
    private byte[] download(String href) throws IOException, InterruptedException {
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode(), href);
        return answer.body();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
