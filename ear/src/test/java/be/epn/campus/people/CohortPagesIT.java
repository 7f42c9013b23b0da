package be.epn.campus.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.it.Accessibility;
import be.epn.campus.it.BrowserTest;
import be.epn.campus.it.CampusDeployments;
import be.epn.campus.it.Http;
import be.epn.campus.it.Seed;
import be.epn.campus.it.SignIn;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The groups of an EPN at the desk, in a browser: create with a schedule, enrol, withdraw, plain text, axe. */
class CohortPagesIT extends BrowserTest {

    private static final String ANIMATEUR_SECRET = "animateur-secret";
    private static final String WEB_MODULE = "campus-web.war";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        // The fixtures, plus a probe that calls the cohort service directly, as a forged request would.
        EnterpriseArchive ear = CampusDeployments.earWithFixtures();
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        web.addClass(CohortServiceProbe.class);
        ear.delete(WEB_MODULE);
        ear.addAsModule(web);
        return ear;
    }

    private String u;
    private UUID epnA;
    private String epnAName;
    private UUID carlaEpn;
    private String animateur;
    private Person alice;
    private Person bruno;
    private Person carla;

    private record Person(UUID uuid, String username, String name) {
    }

    /** EPN A with an animateur and two learners; EPN B with a learner known only there. */
    @BeforeEach
    void seed() throws Exception {
        Seed seed = new Seed(base.toURI());
        u = Seed.unique();
        epnAName = "EPN Groupes A " + u;
        epnA = seed.epn(epnAName);
        carlaEpn = seed.epn("EPN Groupes B " + u);
        animateur = "anim.groupes" + u;
        seed.person(animateur, "Gina", "Groupe" + u, null, ANIMATEUR_SECRET, "ANIMATEUR", epnA, null);
        alice = learner(seed, "alice", "Alice", epnA);
        bruno = learner(seed, "bruno", "Bruno", epnA);
        carla = learner(seed, "carla", "Carla", carlaEpn);
        SignIn.as(browser, base.toString(), animateur, ANIMATEUR_SECRET);
    }

    private Person learner(Seed seed, String login, String given, UUID epn) {
        String username = login + u;
        String family = "Apprenant" + u;
        return new Person(seed.person(username, given, family, 1980, "learner-secret", "LEARNER", null, epn), username,
                given + " " + family);
    }

    /** Date and time fields get their value as the browser's picker would set it (yyyy-MM-dd, HH:mm). */
    private void pick(String id, String value) {
        browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), value);
    }

    /** Fills the new-group form: Tuesdays from 1 September to 15 December 2025. */
    private void fillGroup(String name, String description, String startsAt, String endsAt) {
        type("cohort:name", name);
        type("cohort:description", description);
        new Select(browser.findElement(By.id("cohort:day"))).selectByValue("TUESDAY");
        pick("cohort:startsAt", startsAt);
        pick("cohort:endsAt", endsAt);
        pick("cohort:firstDay", "2025-09-01");
        pick("cohort:lastDay", "2025-12-15");
    }

    /** Creates a group through the pages and returns its id (from the address of its page). */
    private UUID createGroup(String name, String description) {
        open("desk/cohorts.xhtml");
        press(By.id("newCohort"));
        fillGroup(name, description, "09:30", "11:30");
        press(By.id("cohort:save"));
        assertTrue(browser.findElement(By.id("created")).isDisplayed());
        String address = browser.getCurrentUrl();
        return UUID.fromString(address.substring(address.indexOf("id=") + 3));
    }

    /** The learners the "add a learner" list offers (none, and a sentence saying so, when all are in). */
    private List<String> offeredLearners() {
        List<WebElement> list = browser.findElements(By.id("enrol:learner"));
        if (list.isEmpty()) {
            assertTrue(browser.findElement(By.id("noneToAdd")).isDisplayed());
            return List.of();
        }
        return new Select(list.get(0)).getOptions().stream().map(o -> o.getAttribute("value")).filter(v -> !v.isEmpty()).toList();
    }

    private void enrol(Person learner) {
        new Select(browser.findElement(By.id("enrol:learner"))).selectByValue(learner.uuid().toString());
        press(By.id("enrol:add"));
    }

    private List<String> enrolledNames() {
        return browser.findElements(By.cssSelector("#learnerTable .learner-row__name")).stream().map(WebElement::getText).toList();
    }

    private long enrolments(String cohortName) {
        return new Seed(URI.create(base.toString())).count(
                "SELECT COUNT(p) FROM Cohort c JOIN c.enrolments e JOIN e.person p WHERE c.name = '" + cohortName + "'");
    }

    @Test
    void anAnimateurCreatesAGroupWithAScheduleEnrolsTwoLearnersAndWithdrawsOne() {
        String name = "Débutants du mardi " + u;
        open("desk/cohorts.xhtml");
        assertTrue(browser.findElement(By.className("lead")).getText().contains(epnAName));
        press(By.id("newCohort"));
        fillGroup(name, "Pour commencer.", "11:30", "09:30");
        press(By.id("cohort:save"));

        assertTrue(globalMessages().contains("L'horaire n'est pas cohérent"), globalMessages());
        assertEquals(name, browser.findElement(By.id("cohort:name")).getAttribute("value"), "what was typed is still there");
        assertEquals("Pour commencer.", browser.findElement(By.id("cohort:description")).getAttribute("value"));

        pick("cohort:startsAt", "09:30");
        pick("cohort:endsAt", "11:30");
        press(By.id("cohort:save"));
        assertTrue(browser.findElement(By.id("created")).isDisplayed());
        assertEquals(name, browser.findElement(By.id("cohortTitle")).getText());
        assertTrue(browser.findElement(By.id("animateurs")).getText().contains("Gina"), "its creator runs it");

        assertTrue(offeredLearners().containsAll(List.of(alice.uuid().toString(), bruno.uuid().toString())));
        enrol(alice);
        assertTrue(globalMessages().contains(alice.name() + " est maintenant dans le groupe."), globalMessages());
        enrol(bruno);
        assertEquals(List.of(alice.name(), bruno.name()), enrolledNames());
        assertFalse(offeredLearners().contains(alice.uuid().toString()), "an enrolled learner is not offered again");
        assertEquals(2, enrolments(name));

        open("desk/cohorts.xhtml");
        WebElement row = browser.findElement(By.xpath("//tr[th/a[normalize-space()='" + name + "']]"));
        assertEquals("Chaque mardi, de 9h30 à 11h30, du 1 septembre 2025 au 15 décembre 2025",
                row.findElement(By.className("cohort-row__schedule")).getText());
        assertEquals("2", row.findElement(By.className("cohort-row__learners")).getText());

        press(By.linkText(name));
        WebElement aliceRow = browser.findElement(By.xpath("//tr[th[normalize-space()='" + alice.name() + "']]"));
        assertEquals("Retirer " + alice.name() + " du groupe", aliceRow.findElement(By.tagName("input")).getAttribute("aria-label"));
        press(By.id(aliceRow.findElement(By.tagName("input")).getAttribute("id")));

        assertTrue(globalMessages().contains(alice.name() + " n'est plus dans le groupe."), globalMessages());
        assertEquals(List.of(bruno.name()), enrolledNames());
        assertTrue(offeredLearners().contains(alice.uuid().toString()), "she can be enrolled again");
        assertEquals(1, enrolments(name));

        type("cohort:name", name + " (suite)");
        press(By.id("cohort:save"));
        assertTrue(globalMessages().contains("Les changements sont enregistrés."), globalMessages());
        assertEquals(name + " (suite)", browser.findElement(By.id("cohortTitle")).getText());
    }

    @Test
    void aLearnerWhoWithdrawsConsentDisappearsFromTheGroupPage() throws Exception {
        UUID cohort = createGroup("Groupe discret " + u, "");
        enrol(alice);
        enrol(bruno);
        assertEquals(List.of(alice.name(), bruno.name()), enrolledNames());

        Http learner = Http.signedIn(base.toURI(), bruno.username(), "learner-secret");
        learner.submit("me/", "consent", Map.of("consent:learnerEpns:0:decide", "x"));

        open("desk/cohort.xhtml?id=" + cohort);
        assertEquals(List.of(alice.name()), enrolledNames(), "the group page no longer shows Bruno");
        assertFalse(browser.getPageSource().contains(bruno.username()));
    }

    @Test
    void aLearnerKnownOnlyAtAnotherEpnIsNotOfferedAndTheServiceRefusesThemWhenForced() throws Exception {
        String name = "Groupe fermé " + u;
        UUID cohort = createGroup(name, "");

        assertFalse(offeredLearners().contains(carla.uuid().toString()), "not offered in the list");
        assertFalse(browser.getPageSource().contains(carla.username()));

        URI root = base.toURI();
        Http desk = Http.signedIn(root, animateur, ANIMATEUR_SECRET);
        desk.submit("desk/cohort.xhtml?id=" + cohort, "enrol", Map.of("enrol:learner", carla.uuid().toString(), "enrol:add", "x"));
        assertEquals(0, enrolments(name), "a forged choice in the page enrols no one");

        String forced = desk.post("it-probe/cohort-enrol", Map.of("cohort", cohort.toString(), "learner", carla.uuid().toString())).body();
        assertEquals("refused:people.refused.notKnownHere", forced);
        assertEquals(0, enrolments(name));
        String allowed = desk.post("it-probe/cohort-enrol", Map.of("cohort", cohort.toString(), "learner", alice.uuid().toString())).body();
        assertEquals("enrolled", allowed, "the probe does reach the service for a learner known here");
        assertEquals(1, enrolments(name));

        String elsewhere = "anim.ailleurs" + u;
        new Seed(root).person(elsewhere, "Eli", "Ailleurs" + u, null, ANIMATEUR_SECRET, "ANIMATEUR", carlaEpn, null);
        Http other = Http.signedIn(root, elsewhere, ANIMATEUR_SECRET);
        assertEquals(403, other.get("desk/cohort.xhtml?id=" + cohort).statusCode(), "another EPN's group is not theirs");
        assertEquals("denied", other.post("it-probe/cohort-enrol",
                Map.of("cohort", cohort.toString(), "learner", carla.uuid().toString())).body());
        assertEquals(1, enrolments(name));
    }

    @Test
    void aDescriptionHoldingMarkupOrAnExpressionIsShownAsPlainText() {
        String name = "Groupe texte " + u;
        String description = "<script>alert(1)</script>\n#{1+1} et ${2+2}";
        createGroup(name, description);
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        assertEquals(description, browser.findElement(By.id("cohort:description")).getAttribute("value"));

        open("desk/cohorts.xhtml");
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), "no script ran");
        WebElement shown = browser.findElement(By.xpath("//tr[th/a[normalize-space()='" + name + "']]//p[contains(@class,'cohort-row__description')]"));
        assertEquals(description, shown.getText(), "shown literally, not evaluated (no 2, no 4)");
        assertTrue(browser.getPageSource().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void theGroupPagesHaveNoSeriousAccessibilityProblemInFrenchOrDutch() {
        UUID cohort = createGroup("Groupe axe " + u, "Pour tout le monde.");
        enrol(alice);
        Accessibility.assertNoSeriousViolations(browser);
        open("desk/cohorts.xhtml");
        Accessibility.assertNoSeriousViolations(browser);
        open("desk/cohort.xhtml");
        press(By.id("cohort:save"));
        assertTrue(browser.findElement(By.cssSelector(".field-error")).isDisplayed(), "an empty form says what is missing");
        Accessibility.assertNoSeriousViolations(browser);

        open("desk/cohorts.xhtml?lang=nl");
        assertEquals("nl", htmlLang());
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Groepen"));
        Accessibility.assertNoSeriousViolations(browser);
        open("desk/cohort.xhtml?id=" + cohort);
        Accessibility.assertNoSeriousViolations(browser);
        open("desk/cohort.xhtml");
        Accessibility.assertNoSeriousViolations(browser);
    }
}
