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
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** "My account" (/me/) in a browser: language and contact details, consent per EPN, secret code, export. */
class MyAccountPagesIT extends BrowserTest {

    private static final String SECRET = "learner-secret-me";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CampusDeployments.earWithFixtures();
    }

    /** A learner known at a new EPN, signed in in the browser on /me/. */
    private Learner learnerOnMyAccount(String epnName) throws Exception {
        Seed seed = new Seed(base.toURI());
        String u = Seed.unique();
        UUID epn = seed.epn(epnName + " " + u);
        String username = "me.learner" + u;
        UUID person = seed.person(username, "Mona", "Moi" + u, 1972, SECRET, "LEARNER", null, epn);
        SignIn.as(browser, base.toString(), username, SECRET);
        open("me/");
        return new Learner(person, username, epn, epnName + " " + u, u);
    }

    private record Learner(UUID uuid, String username, UUID epn, String epnName, String suffix) {
    }

    @Test
    void aLearnerChoosesDutchAndTheirEmailAndABadAddressIsRefusedInWords() throws Exception {
        Learner me = learnerOnMyAccount("EPN Langue");
        assertEquals("fr", htmlLang());
        assertEquals(me.username(), browser.findElement(By.id("username")).getText());

        browser.findElement(By.cssSelector("input[name='details:language'][value='NL']")).click();
        type("details:email", "mona." + me.suffix() + "@example.org");
        press(By.id("details:save"));

        assertEquals("nl", htmlLang(), "the pages now speak the language chosen");
        assertEquals("Mijn account", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.id("detailsSaved")).isDisplayed());
        assertEquals("mona." + me.suffix() + "@example.org", browser.findElement(By.id("details:email")).getAttribute("value"));
        assertTrue(browser.findElement(By.cssSelector("input[name='details:language'][value='NL']")).isSelected());
        open("framework/");
        assertEquals("nl", htmlLang(), "and every other page too");

        open("me/");
        type("details:email", "not an address");
        press(By.id("details:save"));

        assertEquals("Dit e-mailadres is niet geldig.", browser.findElement(By.id("details:emailError")).getText());
        assertEquals("not an address", browser.findElement(By.id("details:email")).getAttribute("value"), "nothing typed is lost");
        JsonObject saved = Http.json(Http.signedIn(base.toURI(), me.username(), SECRET).get("api/me")).asJsonObject();
        assertEquals("mona." + me.suffix() + "@example.org", saved.getString("email"), "the refused address was not saved");
        assertEquals("NL", saved.getString("language"));
    }

    @Test
    void withdrawingConsentHidesTheLearnerFromThatEpnUntilTheyGiveItAgain() throws Exception {
        Learner me = learnerOnMyAccount("EPN Accord");
        URI root = base.toURI();
        String animateur = "anim.accord" + me.suffix();
        new Seed(root).person(animateur, "Ali", "Anim" + me.suffix(), null, "animateur-secret", "ANIMATEUR", me.epn(), null);
        Http desk = Http.signedIn(root, animateur, "animateur-secret");
        assertEquals(200, desk.get("api/people/" + me.uuid()).statusCode());
        assertTrue(desk.get("desk/").body().contains(me.username()));

        WebElement epn = epnItem(me.epnName());
        assertEquals("Cet EPN peut voir mon dossier.", epn.findElement(By.className("consent__state")).getText());
        press(consentButton(me.epnName()));

        assertEquals("Cet EPN ne peut plus voir mon dossier.", epnItem(me.epnName()).findElement(By.className("consent__state")).getText());
        assertTrue(globalMessages().contains(me.epnName() + " ne peut plus voir votre dossier."), globalMessages());
        assertEquals(403, desk.get("api/people/" + me.uuid()).statusCode(), "the animateur of that EPN no longer sees the file");
        assertFalse(desk.get("desk/").body().contains(me.username()), "nor lists the learner at the desk");

        press(consentButton(me.epnName()));

        assertEquals("Cet EPN peut voir mon dossier.", epnItem(me.epnName()).findElement(By.className("consent__state")).getText());
        assertEquals(200, desk.get("api/people/" + me.uuid()).statusCode(), "consent given again: access is back");
        assertTrue(desk.get("desk/").body().contains(me.username()));
    }

    private WebElement epnItem(String epnName) {
        return browser.findElement(By.xpath("//li[contains(@class,'consent')][h3[normalize-space()='" + epnName + "']]"));
    }

    private By consentButton(String epnName) {
        return By.id(epnItem(epnName).findElement(By.tagName("input")).getAttribute("id"));
    }

    @Test
    void changingTheSecretNeedsTheCurrentOneTheSameNewOneTwiceAndAnAcceptableOne() throws Exception {
        Learner me = learnerOnMyAccount("EPN Code");

        changeSecret("not-my-secret", "a brand new sentence", "a brand new sentence");
        assertTrue(globalMessages().contains("Le code secret actuel n'est pas bon."), globalMessages());

        changeSecret(SECRET, "2580", "2581");
        assertEquals("Les deux nouveaux codes ne sont pas les mêmes. Tapez-les à nouveau.",
                browser.findElement(By.id("secret:againError")).getText());

        changeSecret(SECRET, "1234", "1234");
        assertTrue(globalMessages().contains("Ce code est trop facile à deviner (comme 0000 ou 1234)."), globalMessages());

        changeSecret(SECRET, "2580", "2580");
        assertTrue(globalMessages().contains("Votre nouveau code secret est enregistré."), globalMessages());
        URI root = base.toURI();
        assertEquals(200, Http.signedIn(root, me.username(), "2580").get("api/me").statusCode(), "the new code opens the account");
        assertThrows(IllegalStateException.class, () -> Http.signedIn(root, me.username(), SECRET), "the old one no longer does");
    }

    private void changeSecret(String current, String next, String again) {
        type("secret:current", current);
        type("secret:next", next);
        type("secret:again", again);
        press(By.id("secret:change"));
    }

    @Test
    void theExportLinkDownloadsEverythingHeldAboutThemAsJson() throws Exception {
        Learner me = learnerOnMyAccount("EPN Export");
        URI root = base.toURI();
        Seed seed = new Seed(root);
        UUID second = seed.epn("EPN Second " + me.suffix());
        // A facilitator who also learns: known at two EPNs, in two roles.
        String other = "me.twice" + me.suffix();
        seed.person(other, "Tom", "Twice" + me.suffix(), 1990, SECRET, "LEARNER,ANIMATEUR", second, me.epn());

        WebElement link = browser.findElement(By.id("export"));
        assertTrue(link.getAttribute("href").endsWith("/api/me/export"), link.getAttribute("href"));
        assertTrue(browser.findElement(By.id("erase")).getText().contains("coordination"));

        HttpResponse<String> export = Http.signedIn(root, other, SECRET).get("api/me/export");
        assertEquals(200, export.statusCode());
        assertTrue(export.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(export.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        JsonObject data = Http.json(export).asJsonObject();
        assertEquals(other, data.getJsonObject("person").getString("username"));
        List<String> epns = data.getJsonArray("epn_membership").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("epn")).toList();
        assertTrue(epns.containsAll(List.of(me.epnName(), "EPN Second " + me.suffix())), epns.toString());
    }

    @Test
    void myAccountHasNoSeriousAccessibilityProblemInFrenchOrDutch() throws Exception {
        learnerOnMyAccount("EPN Axe");
        Accessibility.assertNoSeriousViolations(browser);

        changeSecret("wrong-secret-here", "2580", "2581");
        Accessibility.assertNoSeriousViolations(browser);

        open("me/?lang=nl");
        assertEquals("nl", htmlLang());
        Accessibility.assertNoSeriousViolations(browser);
    }
}
