package be.epn.campus.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.it.Accessibility;
import be.epn.campus.it.BrowserTest;
import be.epn.campus.it.CampusDeployments;
import be.epn.campus.it.Http;
import be.epn.campus.it.Seed;
import be.epn.campus.it.SignIn;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The coordinator's pages in a real browser: EPNs and their opening hours, staff accounts, switching an
 * account off (its sessions end), merging two records of one learner, the audit log, the refusal of
 * everyone else, and an accessibility scan of every page in French and Dutch.
 */
class CoordinationPagesIT extends BrowserTest {

    private static final String COORDINATOR_SECRET = "coordination-secret";
    private static final String ANIMATEUR_SECRET = "animateur-secret";
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CampusDeployments.earWithFixtures();
    }

    static String coordinator;

    @Test
    void aCoordinatorCreatesAnEpnWithItsOpeningHoursThenEditsIt() {
        signInAsCoordinator();
        String name = "EPN Le Phare " + Seed.unique();
        open("admin/epns.xhtml");
        clickAndWaitForPage(By.id("newEpn"));
        type("epn:name", name);
        type("epn:municipality", "Forest");
        type("epn:streetAddress", "Rue du Phare 1");
        type("epn:postalCode", "1190");
        select("epn:organiserType", "ASSOCIATION");
        type("epn:organiserName", "ASBL Le Phare");
        type("epn:computers", "12");
        type("epn:languages", "fr, nl, ar");
        type("epn:phone", "02 123 45 67");
        select("epn:slot:0:day", "MONDAY");
        type("epn:slot:0:opens", "9:00");
        type("epn:slot:0:closes", "12:30");

        browser.findElement(By.id("epn:addSlot")).sendKeys(Keys.ENTER);
        waitForSlots(2);
        assertEquals("epn:slot:1:day", browser.switchTo().activeElement().getAttribute("id"), "the keyboard is on the new line");
        assertEquals("9:00", value("epn:slot:0:opens"), "adding a line keeps what was typed");
        select("epn:slot:1:day", "TUESDAY");
        type("epn:slot:1:opens", "13:00");
        type("epn:slot:1:closes", "17:00");
        browser.findElement(By.id("epn:slot:1:staffed")).click();
        clickAndWaitForPage(By.id("epn:save"));

        WebElement row = epnRow(name);
        assertEquals("12", row.findElement(By.cssSelector("td:nth-of-type(2)")).getText());
        assertEquals("7 h 30", row.findElement(By.cssSelector(".hours-open")).getText());
        assertEquals("3 h 30", row.findElement(By.cssSelector(".hours-staffed")).getText());

        clickAndWaitForPage(By.linkText(name));
        assertEquals(name, value("epn:name"));
        assertEquals(2, browser.findElements(By.cssSelector("fieldset.slot")).size());
        assertEquals("13:00", value("epn:slot:1:opens"));
        assertEquals("fr, nl, ar", value("epn:languages"));

        type("epn:municipality", "Saint-Gilles");
        type("epn:postalCode", "12");
        clickAndWaitForPage(By.id("epn:save"));
        assertTrue(errorFor("epn:postalCode").contains("4"), "a clear message: " + errorFor("epn:postalCode"));
        assertEquals("12", value("epn:postalCode"));
        assertEquals("Saint-Gilles", value("epn:municipality"), "nothing typed is lost");
        assertEquals("17:00", value("epn:slot:1:closes"));

        type("epn:postalCode", "1060");
        type("epn:name", "<b>x</b>");
        clickAndWaitForPage(By.id("epn:save"));
        assertFalse(errorFor("epn:name").isBlank(), "markup in the name is refused");
        assertTrue(browser.findElements(By.cssSelector("main b")).isEmpty(), "and never shown as markup");
        assertEquals("<b>x</b>", value("epn:name"));
        assertEquals("1060", value("epn:postalCode"));
        assertEquals("Saint-Gilles", value("epn:municipality"));
        assertFalse(browser.getPageSource().contains("Exception"));

        type("epn:name", name);
        type("epn:slot:1:closes", "11:00");
        clickAndWaitForPage(By.id("epn:save"));
        assertFalse(errorFor("epn:slot:1:closes").isBlank(), "closing before opening is refused");
        assertEquals("11:00", value("epn:slot:1:closes"));

        type("epn:slot:1:closes", "18:00");
        browser.findElement(By.id("epn:slot:0:remove")).sendKeys(Keys.ENTER);
        waitForSlots(1);
        assertEquals("epn:addSlot", browser.switchTo().activeElement().getAttribute("id"));
        assertEquals("18:00", value("epn:slot:0:closes"), "the remaining line is the Tuesday one");
        clickAndWaitForPage(By.id("epn:save"));

        row = epnRow(name);
        assertEquals("Saint-Gilles", row.findElement(By.cssSelector("td:nth-of-type(1)")).getText());
        assertEquals("5 h", row.findElement(By.cssSelector(".hours-open")).getText());
        assertEquals("0 h", row.findElement(By.cssSelector(".hours-staffed")).getText());
    }

    @Test
    void aCoordinatorCreatesAStaffAccountAndAddsItToAnEpn() throws Exception {
        String u = Seed.unique();
        String epnName = "EPN Staff " + u;
        UUID epn = seed().epn(epnName);
        signInAsCoordinator();
        open("admin/people.xhtml");
        clickAndWaitForPage(By.id("newStaff"));
        type("staff:givenName", "Nadia");
        type("staff:familyName", "Staff" + u);
        browser.findElement(By.cssSelector("input[name='staff:language'][value='FR']")).click();
        browser.findElement(By.cssSelector("input[name='staff:roles'][value='ANIMATEUR']")).click();
        String secret = "phare du soir " + u;
        type("staff:secret", secret);
        clickAndWaitForPage(By.id("staff:create"));

        assertTrue(browser.getCurrentUrl().contains("admin/person.xhtml?id="), browser.getCurrentUrl());
        String username = browser.findElement(By.id("username")).getText();
        assertFalse(username.isBlank());
        assertTrue(browser.findElement(By.id("created")).getText().contains(username));
        assertEquals("true", browser.findElement(By.cssSelector("#roleTable tr[data-role='ANIMATEUR']")).getAttribute("data-held"));

        select("staff:epn", epn.toString());
        clickAndWaitForPage(By.id("staff:add"));
        assertTrue(browser.findElement(By.id("staffEpns")).getText().contains(epnName));
        assertEquals(1, browser.findElements(By.cssSelector("#memberships tr[data-epn='" + epn + "'][data-role='ANIMATEUR']")).size());

        open("admin/people.xhtml");
        assertTrue(browser.findElement(By.id("staff-ANIMATEUR")).getText().contains(username));
        Http newcomer = Http.signedIn(root(), username, secret);
        assertTrue(newcomer.get("desk/").body().contains(epnName), "the new facilitator works at the EPN");
    }

    @Test
    void switchingAnAccountOffEndsItsOpenSessionsAtOnce() throws Exception {
        String u = Seed.unique();
        UUID epn = seed().epn("EPN Off " + u);
        String username = "anim.off" + u;
        UUID person = seed().person(username, "Omar", "Off" + u, null, ANIMATEUR_SECRET, "ANIMATEUR", epn, null);
        Http session = Http.signedIn(root(), username, ANIMATEUR_SECRET);
        assertEquals(200, session.get("api/me").statusCode());

        signInAsCoordinator();
        open("admin/person.xhtml?id=" + person);
        clickAndWaitForPage(By.id("account:disable"));

        assertEquals("DISABLED", status());
        assertEquals(401, session.get("api/me").statusCode(), "the session opened before ended at once");
        assertThrows(IllegalStateException.class, () -> Http.signedIn(root(), username, ANIMATEUR_SECRET));

        clickAndWaitForPage(By.id("account:enable"));
        assertEquals("ACTIVE", status());
        assertEquals(200, Http.signedIn(root(), username, ANIMATEUR_SECRET).get("api/me").statusCode());
    }

    @Test
    void mergingTwoRecordsOfOneLearnerKeepsOneRecordWithBothEpns() {
        String u = Seed.unique();
        UUID north = seed().epn("EPN Nord " + u);
        UUID south = seed().epn("EPN Sud " + u);
        String family = "Doublon" + u;
        UUID kept = seed().person("learn.k" + u, "Fatima", family, 1970, "2580", "LEARNER", null, north);
        UUID duplicate = seed().person("learn.d" + u, "Fatima", family, 1970, "2580", "LEARNER", null, south);
        String active = "SELECT COUNT(p) FROM Person p WHERE p.status = be.epn.campus.people.model.PersonStatus.ACTIVE"
                + " AND p.familyName = '" + family + "'";
        assertEquals(2, seed().count(active));

        signInAsCoordinator();
        open("admin/person.xhtml?id=" + kept);
        clickAndWaitForPage(By.id("merge"));
        assertEquals(kept.toString(), browser.findElement(By.cssSelector("#keepSide dl.chosen")).getAttribute("data-person"));
        type("duplicate:query", "Fatima " + family);
        clickAndWaitForPage(By.id("duplicate:search"));
        clickAndWaitForPage(By.cssSelector("#duplicateSide li[data-person='" + duplicate + "'] input[type='submit']"));
        assertEquals(duplicate.toString(), browser.findElement(By.cssSelector("#duplicateSide dl.chosen")).getAttribute("data-person"));

        clickAndWaitForPage(By.id("merge:confirm"));
        assertFalse(errorFor("merge:reason").isBlank(), "a reason is required");
        assertEquals(2, seed().count(active));

        type("merge:reason", "Same name and year of birth; she confirmed it at the desk.");
        clickAndWaitForPage(By.id("merge:confirm"));

        assertTrue(browser.getCurrentUrl().endsWith("admin/person.xhtml?id=" + kept), browser.getCurrentUrl());
        assertEquals(1, browser.findElements(By.cssSelector("#memberships tr[data-epn='" + north + "']")).size());
        assertEquals(1, browser.findElements(By.cssSelector("#memberships tr[data-epn='" + south + "']")).size());
        assertEquals(1, seed().count(active), "one fewer active person");

        open("admin/person.xhtml?id=" + duplicate);
        assertEquals("MERGED", status());
        assertTrue(browser.findElement(By.cssSelector("#mergedInto a")).getAttribute("href").endsWith("id=" + kept));
    }

    @Test
    void onThePersonsRequestTheirDataIsExportedThenTheirIdentityErasedAfterConfirmation() {
        String u = Seed.unique();
        UUID epn = seed().epn("EPN Efface " + u);
        String family = "Efface" + u;
        UUID learner = seed().person("learn.e" + u, "Eva", family, 1960, "2580", "LEARNER", null, epn);
        signInAsCoordinator();
        open("admin/person.xhtml?id=" + learner);

        String export = browser.findElement(By.id("export")).getAttribute("href");
        Http coordination = Http.signedIn(root(), coordinator, COORDINATOR_SECRET);
        var data = coordination.get(URI.create(export).getPath().substring(1));
        assertEquals(200, data.statusCode());
        assertTrue(data.body().contains(family), "the export holds the person's data");

        clickAndWaitForPage(By.id("erase:submit"));
        assertFalse(browser.findElement(By.id("erase:askedError")).getText().isBlank(), "erasure needs the box ticked");
        assertEquals("ACTIVE", status());

        browser.findElement(By.id("erase:asked")).click();
        clickAndWaitForPage(By.id("erase:submit"));
        assertEquals("ERASED", status());
        assertFalse(browser.findElement(By.id("personName")).getText().contains("Eva"));
        assertTrue(browser.findElement(By.id("erased")).isDisplayed());
        assertEquals(0, seed().count("SELECT COUNT(p) FROM Person p WHERE p.familyName = '" + family + "'"));
        assertEquals(1, browser.findElements(By.cssSelector("#memberships tr[data-epn='" + epn + "']")).size(),
                "the anonymous record still counts at its EPN");
    }

    @Test
    void theAuditLogListsWhatWasJustDoneNewestFirstAPageAtATime() throws Exception {
        String u = Seed.unique();
        UUID epn = seed().epn("EPN Audit " + u);
        UUID learner = seed().person("learn.a" + u, "Aline", "Audit" + u, 1990, "2580", "LEARNER", null, epn);
        UUID other = seed().person("learn.b" + u, "Aline", "Audit" + u, 1990, "2580", "LEARNER", null, epn);
        signInAsCoordinator();
        Http coordination = Http.signedIn(root(), coordinator, COORDINATOR_SECRET);
        for (int i = 0; i < 26; i++) {
            assertEquals(200, coordination.get("admin/person.xhtml?id=" + learner).statusCode());
        }
        open("admin/merge.xhtml?keep=" + learner + "&duplicate=" + other);
        type("merge:reason", "Created twice the same day.");
        clickAndWaitForPage(By.id("merge:confirm"));
        clickAndWaitForPage(By.id("account:disable"));

        open("admin/audit.xhtml");
        List<WebElement> rows = auditRows();
        assertEquals(25, rows.size(), "25 lines a page");
        int disabled = indexOf(rows, "DISABLE_ACCOUNT", learner);
        int merged = indexOf(rows, "MERGE_PEOPLE", learner);
        assertTrue(disabled >= 0 && merged > disabled, "newest first: disabled at " + disabled + ", merged at " + merged);
        LocalDateTime when = LocalDateTime.parse(rows.get(disabled).findElement(By.cssSelector("td")).getText().strip(),
                DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss"));
        assertTrue(Duration.between(when, LocalDateTime.now(BRUSSELS)).abs().toMinutes() < 5, "Brussels time: " + when);

        browser.findElement(By.cssSelector("[id='audit:lines'] .ui-paginator-next")).sendKeys(Keys.ENTER);
        // Wait for the rows to be replaced, not for other text: lines of the same second read the same.
        waiting().until(ExpectedConditions.stalenessOf(rows.get(0)));
        assertTrue(browser.findElement(By.cssSelector("[id='audit:lines'] .ui-paginator-current")).getText().startsWith("Page 2 "));
        List<WebElement> second = auditRows();
        assertFalse(second.isEmpty());
        assertEquals(-1, indexOf(second, "DISABLE_ACCOUNT", learner), "page 2 holds older lines");
        assertEquals("VIEW_PERSON", second.get(0).findElement(By.cssSelector("[data-action]")).getAttribute("data-action"));
    }

    @Test
    void aFacilitatorOpeningCoordinationPagesGetsTheFriendlyForbiddenPage() throws Exception {
        String u = Seed.unique();
        UUID epn = seed().epn("EPN Interdit " + u);
        String username = "anim.no" + u;
        UUID self = seed().person(username, "Nora", "Interdit" + u, null, ANIMATEUR_SECRET, "ANIMATEUR", epn, null);
        SignIn.as(browser, base.toString(), username, ANIMATEUR_SECRET);
        for (String page : List.of("admin/", "admin/epns.xhtml", "admin/epn.xhtml", "admin/people.xhtml",
                "admin/new-person.xhtml", "admin/person.xhtml?id=" + self, "admin/merge.xhtml", "admin/audit.xhtml")) {
            open(page);
            assertEquals("Accès refusé", browser.findElement(By.tagName("h1")).getText(), page);
            assertFalse(browser.getPageSource().contains("Exception"), page);
        }
        Http http = Http.signedIn(root(), username, ANIMATEUR_SECRET);
        assertEquals(403, http.get("admin/epns.xhtml").statusCode());
        assertEquals(403, http.get("api/people/" + self + "/export").statusCode(), "the export is for coordinators");
    }

    @Test
    void everyCoordinationPageIsAccessibleInFrenchAndDutch() {
        String u = Seed.unique();
        UUID epn = seed().epn("EPN Axe " + u);
        UUID learner = seed().person("learn.x" + u, "Axel", "Scan" + u, 1985, "2580", "LEARNER", null, epn);
        UUID other = seed().person("learn.y" + u, "Axel", "Scan" + u, 1985, "2580", "LEARNER", null, epn);
        signInAsCoordinator();
        List<String> pages = List.of("admin/", "admin/epns.xhtml", "admin/epn.xhtml", "admin/epn.xhtml?id=" + epn,
                "admin/people.xhtml", "admin/new-person.xhtml", "admin/person.xhtml?id=" + learner, "admin/merge.xhtml",
                "admin/merge.xhtml?keep=" + learner + "&duplicate=" + other, "admin/audit.xhtml");
        for (String language : List.of("fr", "nl")) {
            open("admin/?lang=" + language);
            for (String page : pages) {
                open(page);
                assertEquals(language, htmlLang(), page);
                Accessibility.assertNoSeriousViolations(browser);
            }
            open("admin/epn.xhtml");
            clickAndWaitForPage(By.id("epn:save"));
            assertFalse(errorFor("epn:name").isBlank());
            Accessibility.assertNoSeriousViolations(browser);
            open("admin/people.xhtml");
            type("search:query", "Axel Scan" + u);
            clickAndWaitForPage(By.id("search:submit"));
            assertEquals(2, browser.findElements(By.cssSelector("#found tbody tr")).size());
            Accessibility.assertNoSeriousViolations(browser);
        }
    }

    private void signInAsCoordinator() {
        if (coordinator == null) {
            coordinator = "coord." + Seed.unique();
            seed().person(coordinator, "Claire", "Coordination", null, COORDINATOR_SECRET, "COORDINATOR", null, null);
        }
        SignIn.as(browser, base.toString(), coordinator, COORDINATOR_SECRET);
    }

    private Seed seed() {
        return new Seed(root());
    }

    private URI root() {
        try {
            return base.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Clicks something that loads a new page, and waits until the new page replaced the old one. */
    private void clickAndWaitForPage(By what) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(what).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // Mid-navigation, Chromium may answer "node does not belong to the document" instead of "stale": ask again.
        wait.ignoring(WebDriverException.class);
        wait.until(ExpectedConditions.stalenessOf(page));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private void waitForSlots(int count) {
        waiting().until(d -> d.findElements(By.cssSelector("fieldset.slot")).size() == count);
    }

    private void select(String id, String value) {
        new Select(browser.findElement(By.id(id))).selectByValue(value);
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }

    /** The message shown next to a field (empty when there is none). */
    private String errorFor(String id) {
        List<WebElement> errors = browser.findElements(
                By.xpath("//*[@id='" + id + "']/following-sibling::*[contains(@class,'field-error')]"));
        return errors.isEmpty() ? "" : errors.get(0).getText();
    }

    private String status() {
        return browser.findElement(By.id("status")).getAttribute("data-status");
    }

    private WebElement epnRow(String name) {
        assertTrue(browser.getCurrentUrl().contains("admin/epns.xhtml"), browser.getCurrentUrl());
        return browser.findElement(By.xpath("//table[@id='epns']//tr[th/a[normalize-space()='" + name + "']]"));
    }

    private List<WebElement> auditRows() {
        return browser.findElements(By.cssSelector("[id='audit:lines_data'] > tr"));
    }

    private static int indexOf(List<WebElement> rows, String action, UUID subject) {
        for (int i = 0; i < rows.size(); i++) {
            WebElement row = rows.get(i);
            if (!row.findElements(By.cssSelector("[data-action='" + action + "']")).isEmpty()
                    && !row.findElements(By.cssSelector("a[data-person='" + subject + "']")).isEmpty()) {
                return i;
            }
        }
        return -1;
    }
}
