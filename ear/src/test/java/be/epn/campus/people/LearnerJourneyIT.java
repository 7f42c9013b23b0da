package be.epn.campus.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.it.Accessibility;
import be.epn.campus.it.BrowserTest;
import be.epn.campus.it.CampusDeployments;
import be.epn.campus.it.Http;
import be.epn.campus.it.QrCodes;
import be.epn.campus.it.Seed;
import be.epn.campus.it.SignIn;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The desk, end to end in a browser: a learner without e-mail gets an account and a card at one EPN, signs
 * in with the card, is found and attached at a second EPN without a second record; ten wrong secrets lock
 * the account, and the animateur sees and lifts the lock. Bad input is refused in words.
 */
class LearnerJourneyIT extends BrowserTest {

    private static final String STAFF_SECRET = "animateur-secret";
    private static final String LEARNERS = "SELECT COUNT(p) FROM Person p JOIN p.roles r WHERE r = be.epn.campus.people.model.Role.LEARNER";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CampusDeployments.earWithFixtures();
    }

    private Seed seed;
    private String u;
    private UUID epnA;
    private UUID epnB;

    @BeforeEach
    void twoEpnsAndTheirAnimateurs() throws Exception {
        seed = new Seed(base.toURI());
        u = Seed.unique();
        epnA = seed.epn("EPN Nord " + u);
        epnB = seed.epn("EPN Sud " + u);
        seed.person("anim.nord" + u, "Nadia", "Nord", null, STAFF_SECRET, "ANIMATEUR", epnA, null);
        seed.person("anim.sud" + u, "Simon", "Sud", null, STAFF_SECRET, "ANIMATEUR", epnB, null);
    }

    /** Creates a learner at the desk of EPN A; returns their id from the address of their file. */
    private UUID createLearner(String given, String family, String year, String pin) {
        SignIn.as(browser, base.toString(), "anim.nord" + u, STAFF_SECRET);
        open("desk/new-learner.xhtml");
        type("learner:givenName", given);
        type("learner:familyName", family);
        type("learner:birthYear", year);
        browser.findElement(By.cssSelector("input[name='learner:language'][value='FR']")).click();
        type("learner:secret", pin);
        browser.findElement(By.id("learner:consent")).click();
        browser.findElement(By.id("learner:create")).click();
        waiting().until(ExpectedConditions.urlContains("desk/learner.xhtml"));
        return UUID.fromString(browser.getCurrentUrl().replaceAll(".*id=", "").replaceAll("[&#].*", ""));
    }

    @Test
    void aLearnerWithoutEmailGetsACardSignsInWithItAndIsAttachedAtASecondEpnWithoutASecondRecord() throws Exception {
        URI root = base.toURI();
        String family = "Journey" + u;
        long learnersBefore = seed.count(LEARNERS);
        UUID learner = createLearner("Awa", family, "1984", "2580");
        String username = browser.findElement(By.id("username")).getText();
        assertTrue(username.matches("awa\\.j\\d+"), username);
        assertEquals(learnersBefore + 1, seed.count(LEARNERS));

        HttpResponse<byte[]> card = Http.signedIn(root, "anim.nord" + u, STAFF_SECRET).getBytes("api/people/" + learner + "/card");
        assertEquals(200, card.statusCode());
        String loginUrl = QrCodes.decodeFirstPage(card.body());
        assertEquals(base + "login.xhtml?u=" + username, loginUrl, "the QR code opens the login page with the username");

        SignIn.signOut(browser, base.toString());
        browser.get(loginUrl);
        assertEquals(username, browser.findElement(By.id("login:username")).getAttribute("value"), "username filled in");
        type("login:secret", "2580");
        browser.findElement(By.id("login:submit")).click();
        waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
        open("");
        assertEquals("Awa " + family, browser.findElement(By.cssSelector(".account__name")).getText(), "signed in");

        SignIn.as(browser, base.toString(), "anim.sud" + u, STAFF_SECRET);
        open("desk/");
        type("find:query", "awa " + family.toLowerCase());
        type("find:year", "1984");
        browser.findElement(By.id("find:search")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("matchCount")));
        assertEquals(1, browser.findElements(By.cssSelector("#matches li")).size());
        browser.findElement(By.cssSelector("#matches a[href*='attach.xhtml']")).click();
        browser.findElement(By.id("attach:consent")).click();
        browser.findElement(By.id("attach:submit")).click();
        waiting().until(ExpectedConditions.urlContains("desk/learner.xhtml"));
        String epns = browser.findElement(By.id("epns")).getText();
        assertTrue(epns.contains("EPN Nord " + u) && epns.contains("EPN Sud " + u), epns);
        assertEquals(learnersBefore + 1, seed.count(LEARNERS), "one learner, one record");
        assertEquals(username, browser.findElement(By.id("username")).getText());
    }

    @Test
    void tenWrongSecretsLockTheAccountAndTheAnimateurSeesAndLiftsTheLock() throws Exception {
        URI root = base.toURI();
        UUID learner = seed.person("lock" + u, "Lou", "Lock" + u, 1990, "7391", "LEARNER", null, epnA);
        Http guesser = new Http(root);
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> answer = guesser.submit("login.xhtml", "login",
                    Map.of("login:username", "lock" + u, "login:secret", "00" + (10 + i), "login:submit", "x", "next", ""));
            assertEquals(200, answer.statusCode(), "try " + i + " is refused on the page");
        }
        HttpResponse<String> rightSecret = guesser.submit("login.xhtml", "login",
                Map.of("login:username", "lock" + u, "login:secret", "7391", "login:submit", "x", "next", ""));
        assertEquals(200, rightSecret.statusCode(), "even the right secret is refused while locked");
        assertTrue(rightSecret.body().contains("bloqué"), "the learner is told the account is locked");

        SignIn.as(browser, base.toString(), "anim.nord" + u, STAFF_SECRET);
        open("desk/learner.xhtml?id=" + learner);
        assertTrue(browser.findElement(By.id("lockStatus")).getText().contains("bloqué"), "visible to the animateur");
        Accessibility.assertNoSeriousViolations(browser);
        browser.findElement(By.id("unlock:submit")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("lockStatus"), "pas bloqué"));

        assertEquals(302, new Http(root).submit("login.xhtml", "login",
                Map.of("login:username", "lock" + u, "login:secret", "7391", "login:submit", "x", "next", "")).statusCode());
    }

    @Test
    void badInputIsRefusedInWordsAndWhatWasTypedStays() {
        SignIn.as(browser, base.toString(), "anim.nord" + u, STAFF_SECRET);
        long before = seed.count(LEARNERS);
        for (String[] attempt : new String[][] {
                {"<b>Eve</b>", "Markup" + u}, {"#{1+1}", "Expression" + u}, {"x".repeat(101), "Long" + u}, {"", "Empty" + u}}) {
            open("desk/new-learner.xhtml");
            // The form limits lengths in the browser; a crafted request does not: the server must refuse.
            browser.executeScript("document.getElementById('learner:givenName').removeAttribute('maxlength')");
            type("learner:givenName", attempt[0]);
            type("learner:familyName", attempt[1]);
            browser.findElement(By.cssSelector("input[name='learner:language'][value='NL']")).click();
            type("learner:secret", "2580");
            browser.findElement(By.id("learner:consent")).click();
            browser.findElement(By.id("learner:create")).click();
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
            assertTrue(browser.getCurrentUrl().contains("new-learner.xhtml"), "stays on the form");
            assertFalse(browser.findElement(By.cssSelector(".field-error")).getText().isBlank());
            assertEquals(attempt[1], browser.findElement(By.id("learner:familyName")).getAttribute("value"), "typed values stay");
            assertFalse(browser.getPageSource().contains("Exception"));
        }
        assertEquals(before, seed.count(LEARNERS), "nothing was created");
        Accessibility.assertNoSeriousViolations(browser);

        open("desk/new-learner.xhtml");
        type("learner:givenName", "Ana");
        type("learner:familyName", "Pin" + u);
        browser.findElement(By.cssSelector("input[name='learner:language'][value='EN']")).click();
        type("learner:secret", "1234");
        browser.findElement(By.id("learner:consent")).click();
        browser.findElement(By.id("learner:create")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".message--error")));
        assertTrue(browser.findElement(By.cssSelector(".message--error")).getText().contains("1234"), "the PIN rule in words");
        assertEquals(before, seed.count(LEARNERS));
    }

    @Test
    void theDeskPagesAreAccessible() {
        UUID learner = seed.person("a11y" + u, "Ada", "Access" + u, 1970, "7391", "LEARNER", null, epnA);
        SignIn.as(browser, base.toString(), "anim.nord" + u, STAFF_SECRET);
        for (String language : new String[] {"fr", "nl"}) {
            open("desk/?lang=" + language);
            for (String page : new String[] {"desk/", "desk/new-learner.xhtml", "desk/learner.xhtml?id=" + learner, "login.xhtml"}) {
                open(page);
                assertEquals(language, htmlLang(), page);
                Accessibility.assertNoSeriousViolations(browser);
            }
        }
    }
}
