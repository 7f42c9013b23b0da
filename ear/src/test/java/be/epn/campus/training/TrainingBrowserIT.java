package be.epn.campus.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.it.Accessibility;
import be.epn.campus.it.BrowserTest;
import be.epn.campus.it.CampusDeployments;
import be.epn.campus.it.Http;
import be.epn.campus.it.QrCodes;
import be.epn.campus.it.QuizInBrowser;
import be.epn.campus.it.Seed;
import be.epn.campus.it.SignIn;
import be.epn.campus.it.TwoEpns;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 7 in the browser: a trainer plans a session starting in half an hour (a refused plan first: every
 * problem named, nothing typed lost), two animateurs from different EPNs register, the trainer takes
 * attendance (a third, in the waiting line, is not on the sheet), and both animateurs see the hours credited on their record; the trainer's cohort view shows
 * them, and only to the trainer who follows them.
 */
class TrainingBrowserIT extends BrowserTest {

    private static final String SECRET = "formation-navigateur-2026";
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final String CE_MODULE = "ce-including-vulnerable-publics";
    private static final String CE_CERTIFICATE = "epn-animateur-1.0-area-5-level-2";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CampusDeployments.earWithFixtures();
    }

    @Test
    void aTrainerPlansTwoAnimateursRegisterAttendanceCreditsTheirHours() throws Exception {
        Seed seed = new Seed(base.toURI());
        TwoEpns cast = TwoEpns.seed(seed, "Formation", "Léa", SECRET);
        String u = cast.suffix();
        seed.person("trainer" + u, "Théo", "Formateur" + u, null, SECRET, "TRAINER", null, null);
        seed.person("anim.c" + u, "Cléo", "Attente" + u, null, SECRET, "ANIMATEUR", cast.epnB(), null);
        seed.person("other.trainer" + u, "Olga", "Formatrice" + u, null, SECRET, "TRAINER", null, null);
        String title = "Accueillir un public fragile " + u;

        // Brussels time, as the trainer types it: half an hour from now, one hour long (never past midnight).
        ZonedDateTime start = ZonedDateTime.now(BRUSSELS).plusMinutes(30).truncatedTo(ChronoUnit.MINUTES);
        ZonedDateTime end = start.plusHours(1).toLocalDate().equals(start.toLocalDate()) ? start.plusHours(1)
                : start.withHour(23).withMinute(59);
        String day = start.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        DateTimeFormatter clock = DateTimeFormatter.ofPattern("HH:mm");

        // The trainer's first try: no seats and an end before the start. Both problems are named; nothing is lost.
        SignIn.as(browser, base.toString(), "trainer" + u, SECRET);
        open("training/");
        Accessibility.assertNoSeriousViolations(browser);
        type("plan:title", title);
        type("plan:day", day);
        type("plan:from", end.format(clock));
        type("plan:until", start.format(clock));
        type("plan:hours", "2");
        new Select(browser.findElement(By.id("plan:epn"))).selectByValue(cast.epnA().toString());
        type("plan:capacity", "0");
        press(By.id("plan:submit"));
        String refused = globalMessages();
        assertTrue(refused.contains("places") && refused.contains("entre 1 et 500"), "the capacity is named: " + refused);
        assertTrue(refused.contains("heures"), "the times are named too: " + refused);
        assertEquals(title, browser.findElement(By.id("plan:title")).getAttribute("value"), "what was typed is kept");
        assertEquals("0", browser.findElement(By.id("plan:capacity")).getAttribute("value"));
        assertEquals(day, browser.findElement(By.id("plan:day")).getAttribute("value"));
        assertEquals(cast.epnA().toString(), new Select(browser.findElement(By.id("plan:epn"))).getFirstSelectedOption().getAttribute("value"));
        assertEquals(0, seed.count("SELECT COUNT(s) FROM TrainingSession s WHERE s.title = '" + title + "'"), "nothing saved");

        // Corrected: the session is planned and its page opens.
        type("plan:from", start.format(clock));
        type("plan:until", end.format(clock));
        type("plan:capacity", "2");
        press(By.id("plan:submit"));
        assertTrue(browser.findElement(By.id("done")).isDisplayed(), globalMessages());
        String session = browser.getCurrentUrl().replaceAll(".*session=", "");
        UUID.fromString(session);
        assertTrue(browser.findElement(By.id("sessionFacts")).getText().contains(cast.epnAName()));
        assertEquals("2 h", browser.findElement(By.id("credited")).getText());

        // Two animateurs from two EPNs register in the browser.
        for (String animateur : new String[] {cast.animateurA(), cast.animateurB()}) {
            SignIn.as(browser, base.toString(), animateur, SECRET);
            open("training/");
            WebElement row = sessionRow(session);
            assertFalse(row.getText().contains("Vous avez une place"), row.getText());
            press(By.id(row.findElement(By.cssSelector("input[id$='register']")).getAttribute("id")));
            assertTrue(browser.findElement(By.id("done")).isDisplayed(), globalMessages());
            row = sessionRow(session);
            assertEquals("REGISTERED", row.getAttribute("data-mine"));
            assertTrue(row.getText().contains("Vous avez une place"), row.getText());
            Accessibility.assertNoSeriousViolations(browser);
        }

        // Two seats taken: a third animateur (registered through the API) is first in the waiting line, and told so.
        HttpResponse<String> third = Http.signedIn(base.toURI(), "anim.c" + u, SECRET).post("api/training/sessions/" + session
                + "/registration", "application/json", HttpRequest.BodyPublishers.noBody(), Duration.ofSeconds(30));
        assertEquals(200, third.statusCode(), third.body());
        SignIn.as(browser, base.toString(), "anim.c" + u, SECRET);
        open("training/");
        assertEquals("WAITING", sessionRow(session).getAttribute("data-mine"));
        assertTrue(sessionRow(session).getText().contains("Vous êtes le premier sur la liste d'attente"), sessionRow(session).getText());
        assertTrue(sessionRow(session).getText().contains("Complet (2 places)"), sessionRow(session).getText());

        // The trainer sees the two seats, each with their EPN, and the waiting line; marks the two present.
        SignIn.as(browser, base.toString(), "trainer" + u, SECRET);
        open("training/session.xhtml?session=" + session);
        Accessibility.assertNoSeriousViolations(browser);
        assertTrue(browser.findElement(By.id("waitingLine")).getText().contains("Attente" + u));
        assertEquals(2, browser.findElements(By.cssSelector("#seated input[type='checkbox']")).size(), "only seats are on the sheet");
        String roster = browser.findElement(By.id("seated")).getText();
        assertTrue(roster.contains("Animatrice" + u) && roster.contains(cast.epnAName()), roster);
        assertTrue(roster.contains("Animateur" + u) && roster.contains(cast.epnBName()), roster);
        for (WebElement box : browser.findElements(By.cssSelector("#seated input[type='checkbox']"))) {
            if (!box.isSelected()) {
                box.click();
            }
        }
        press(By.id("attendance:save"));
        assertTrue(browser.findElement(By.id("done")).isDisplayed(), globalMessages());
        for (WebElement line : browser.findElements(By.cssSelector("#seated tbody tr"))) {
            assertEquals("true", line.getAttribute("data-attended"), line.getText());
            assertEquals("2 h", line.findElement(By.cssSelector(".credited")).getText());
        }

        // Each animateur sees the two hours on their own record.
        for (String animateur : new String[] {cast.animateurA(), cast.animateurB()}) {
            SignIn.as(browser, base.toString(), animateur, SECRET);
            open("desk/");
            browser.findElement(By.id("deskTraining")).click();
            waiting().until(d -> !d.findElements(By.id("hoursThisYear")).isEmpty());
            Accessibility.assertNoSeriousViolations(browser);
            assertEquals("120", browser.findElement(By.id("hoursThisYear")).getAttribute("data-minutes"));
            assertTrue(browser.findElement(By.id("hoursDone")).getText().startsWith("2 h de formation cette année"),
                    browser.findElement(By.id("hoursDone")).getText());
            WebElement mine = browser.findElement(By.cssSelector("#mySessions tr[data-session='" + session + "']"));
            assertEquals("true", mine.getAttribute("data-attended"));
            assertTrue(mine.getText().contains("Présent") && mine.getText().contains("2 h"), mine.getText());
        }

        // The trainer's cohort: both animateurs, across EPNs, with their hours; not another trainer's, not an animateur's.
        SignIn.as(browser, base.toString(), "trainer" + u, SECRET);
        open("training/cohort.xhtml");
        Accessibility.assertNoSeriousViolations(browser);
        String cohort = browser.findElement(By.id("followed")).getText();
        assertTrue(cohort.contains("Animatrice" + u) && cohort.contains(cast.epnAName()), cohort);
        assertTrue(cohort.contains("Animateur" + u) && cohort.contains(cast.epnBName()), cohort);
        assertEquals(2, browser.findElements(By.cssSelector("#followed tr[data-minutes='120']")).stream()
                .filter(r -> r.getText().contains(u)).count());
        String others = Http.signedIn(base.toURI(), "other.trainer" + u, SECRET).get("training/cohort.xhtml").body();
        assertFalse(others.contains("Animatrice" + u) || others.contains("Animateur" + u), "another trainer follows neither");
        assertEquals(403, Http.signedIn(base.toURI(), cast.animateurA(), SECRET).get("training/cohort.xhtml").statusCode());

        // The trainer opens an animateur's record: observing needs the animateurs' framework, which may not be loaded.
        browser.findElement(By.cssSelector("#followed a[href*='animateur=']")).click();
        waiting().until(d -> !d.findElements(By.id("observe")).isEmpty());
        Accessibility.assertNoSeriousViolations(browser);
        if (!browser.findElements(By.id("noFramework")).isEmpty()) {
            assertFalse(browser.findElement(By.id("observe:submit")).isEnabled(), "no framework: the form is disabled");
        } else {
            new Select(browser.findElement(By.id("observe:competence"))).selectByIndex(1);
            new Select(browser.findElement(By.id("observe:level"))).selectByIndex(1);
            browser.findElement(By.cssSelector("#observe input[value='ALONE']")).click();
            press(By.id("observe:submit"));
            assertTrue(browser.findElement(By.id("done")).isDisplayed(), globalMessages());
            assertFalse(browser.findElements(By.cssSelector("#evidence tr[data-source='OBSERVATION']")).isEmpty());
        }

        // One of the two completes the continuing-education module and receives a verifiable certificate.
        completesTheModuleAndReceivesAVerifiableCertificate(cast.animateurA(), "Ada Animatrice" + u);
    }

    @Test
    void anAnimateurWithdrawsTheTrainerChangesTheSessionThenCancelsItOnlyOnceConfirmed() throws Exception {
        Seed seed = new Seed(base.toURI());
        String u = Seed.unique();
        UUID epn = seed.epn("EPN Annulation " + u);
        seed.person("trainer" + u, "Théo", "Formateur" + u, null, SECRET, "TRAINER", null, null);
        seed.person("anim" + u, "Ada", "Animatrice" + u, null, SECRET, "ANIMATEUR", epn, null);
        java.time.LocalDateTime start = java.time.LocalDateTime.now(java.time.Clock.systemUTC()).plusDays(2).withNano(0);
        HttpResponse<String> planned = Http.signedIn(base.toURI(), "trainer" + u, SECRET).post("api/training/sessions", "application/json",
                HttpRequest.BodyPublishers.ofString("{\"title\":\"Annulée " + u + "\",\"startsAt\":\"" + start + "\",\"endsAt\":\""
                        + start.plusHours(2) + "\",\"epn\":\"" + epn + "\",\"capacity\":5}"), Duration.ofSeconds(30));
        assertEquals(200, planned.statusCode(), planned.body());
        String session = Http.json(planned).asJsonObject().getString("uuid");

        // The animateur registers, then withdraws: the seat is free again.
        SignIn.as(browser, base.toString(), "anim" + u, SECRET);
        open("training/");
        press(By.id(sessionRow(session).findElement(By.cssSelector("input[id$='register']")).getAttribute("id")));
        press(By.id(sessionRow(session).findElement(By.cssSelector("input[id$='withdraw']")).getAttribute("id")));
        assertTrue(browser.findElement(By.id("done")).getText().contains("désinscrit"), browser.findElement(By.id("done")).getText());
        assertTrue(sessionRow(session).getText().contains("5 places libres sur 5"), sessionRow(session).getText());
        assertTrue(sessionRow(session).findElements(By.cssSelector("input[id$='register']")).size() == 1, "can register again");

        // The trainer changes the session before it starts: the form holds the plan; a mistake keeps what was typed.
        SignIn.as(browser, base.toString(), "trainer" + u, SECRET);
        open("training/session.xhtml?session=" + session);
        assertEquals("Annulée " + u, browser.findElement(By.id("change:title")).getAttribute("value"));
        assertEquals("5", browser.findElement(By.id("change:capacity")).getAttribute("value"));
        assertEquals(epn.toString(), new Select(browser.findElement(By.id("change:epn"))).getFirstSelectedOption().getAttribute("value"));
        type("change:capacity", "0");
        type("change:title", "Reportée " + u);
        press(By.id("change:submit"));
        assertTrue(globalMessages().contains("entre 1 et 500"), globalMessages());
        assertEquals("Reportée " + u, browser.findElement(By.id("change:title")).getAttribute("value"), "what was typed is kept");
        type("change:capacity", "3");
        press(By.id("change:submit"));
        assertTrue(browser.findElement(By.id("done")).getText().contains("modifiée"), browser.findElement(By.id("done")).getText());
        assertEquals("Reportée " + u, browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.id("sessionFacts")).getText().contains("3 places libres sur 3"),
                browser.findElement(By.id("sessionFacts")).getText());

        // The trainer cancels the session: only once the box is ticked.
        assertTrue(browser.findElements(By.id("cancelled")).isEmpty());
        press(By.id("cancel:submit"));
        assertTrue(globalMessages().contains("Cochez d'abord"), globalMessages());
        assertTrue(browser.findElements(By.id("cancelled")).isEmpty(), "not cancelled without the box");
        browser.findElement(By.id("cancel:confirm")).click();
        press(By.id("cancel:submit"));
        assertTrue(browser.findElement(By.id("cancelled")).isDisplayed(), globalMessages());
        assertEquals(1, seed.count("SELECT COUNT(s) FROM TrainingSession s WHERE s.uuid = '" + session + "' AND s.cancelledAt IS NOT NULL"));
    }

    private WebElement sessionRow(String session) {
        return browser.findElement(By.cssSelector("#sessionList tr[data-session='" + session + "']"));
    }

    /**
     * The last clause of issue 7's acceptance: the animateur completes the continuing-education module (its quiz,
     * in the browser) and receives a continuing-education certificate that verifies from its QR code.
     */
    private void completesTheModuleAndReceivesAVerifiableCertificate(String username, String name) throws Exception {
        SignIn.as(browser, base.toString(), username, SECRET);
        // Their record points to the continuing-education modules not started yet.
        open("training/record.xhtml");
        press(By.cssSelector("#modulesToFollow li[data-module='" + CE_MODULE + "'] a"));
        assertTrue(browser.getCurrentUrl().contains("learn/module.xhtml?m=" + CE_MODULE), browser.getCurrentUrl());
        open("learn/quiz.xhtml?m=" + CE_MODULE + "&a=check");
        new QuizInBrowser(browser, QuizInBrowser.moduleFile(CE_MODULE), "check", this::press).answerAllRightly();
        assertTrue(browser.findElement(By.id("result")).getAttribute("class").contains("passed"), browser.findElement(By.id("result")).getText());

        open("learn/certificates.xhtml");
        WebElement held = browser.findElement(By.cssSelector("#certificates li[data-type='" + CE_CERTIFICATE + "']"));
        assertEquals("VALID", held.getAttribute("data-state"));
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                java.net.URI.create(held.findElement(By.className("pdf-link")).getAttribute("href"))).header("Cookie", cookies).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        String scanned = QrCodes.decodeFirstPage(pdf.body());
        SignIn.signOut(browser, base.toString());
        browser.get(scanned);
        assertEquals("VALID", browser.findElement(By.id("verdict")).getAttribute("data-state"));
        assertEquals(name, browser.findElement(By.id("holder")).getText());
    }
}
