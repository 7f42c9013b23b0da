package be.epn.campus.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.it.Accessibility;
import be.epn.campus.it.BrowserTest;
import be.epn.campus.it.CampusDeployments;
import be.epn.campus.it.Curricula;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The public pages in a real headless Chromium: the framework browser, the language switch, keyboard, axe. */
class FrameworkBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CampusDeployments.ear();
    }

    @BeforeEach
    void forgetTheLanguage() {
        browser.get(base + "");
        browser.manage().deleteAllCookies();
    }

    private void switchTo(String language) {
        browser.findElement(By.cssSelector(".language-switch a[lang='" + language + "']")).click();
    }

    @Test
    void theFrameworkPageShowsItsAreasTwentyOneCompetencesAndEightLevels() {
        open("framework/view.xhtml?id=digcomp-2.2");

        assertEquals(5, browser.findElements(By.cssSelector("section.area h3")).size());
        assertEquals(21, browser.findElements(By.cssSelector("li.competence")).size());
        assertEquals(8, browser.findElements(By.cssSelector(".levels-table tbody tr")).size());
        assertEquals(1, browser.findElements(By.tagName("h1")).size());
    }

    @Test
    void switchingToDutchShowsDutchTitlesAndTheChoiceFollowsTheVisitor() {
        open("framework/view.xhtml?id=digcomp-2.2");
        assertEquals("fr", htmlLang(), "a French-speaking browser starts in French");
        String dutchTitle = Curricula.competenceTitle("1.3", "nl");
        assertFalse(browser.getPageSource().contains(dutchTitle));

        switchTo("nl");

        assertEquals("nl", htmlLang());
        assertTrue(browser.getCurrentUrl().endsWith("framework/view.xhtml?id=digcomp-2.2"), "clean address: " + browser.getCurrentUrl());
        WebElement competence = browser.findElement(By.xpath("//a[span[normalize-space()='" + dutchTitle + "']]"));
        competence.click();
        assertEquals("nl", htmlLang(), "still Dutch on the next page");
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains(dutchTitle));
        browser.findElement(By.cssSelector(".main-menu a[href='/']")).click();
        assertEquals("nl", htmlLang(), "and on the home page");

        switchTo("en");
        open("framework/competence.xhtml?id=digcomp-2.2&code=1.3");
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains(Curricula.competenceTitle("1.3", "en")));
    }

    @Test
    void aKeyboardUserCanSkipToTheContent() {
        open("");

        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement skip = browser.switchTo().activeElement();
        assertEquals("#main", skip.getAttribute("hash"));
        skip.sendKeys(Keys.ENTER);
        assertEquals("main", browser.switchTo().activeElement().getAttribute("id"));
    }

    @Test
    void aCompetencePageLeadsToItsNeighbours() {
        open("framework/competence.xhtml?id=digcomp-2.2&code=2.6");

        browser.findElement(By.cssSelector("a[rel='next']")).click();
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("3.1"));
        browser.findElement(By.cssSelector("a[rel='prev']")).click();
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("2.6"));
    }

    @Test
    void anUnknownCompetenceIsAFriendlyNotFoundPage() {
        open("framework/competence.xhtml?id=digcomp-2.2&code=9.9");

        assertEquals("fr", htmlLang());
        assertEquals("Page introuvable", browser.findElement(By.tagName("h1")).getText());
        assertFalse(browser.getPageSource().contains("Exception"));
    }

    @Test
    void everyPublicPageIsAccessibleInEveryLanguage() {
        List<String> pages = List.of("", "framework/", "framework/view.xhtml?id=digcomp-2.2",
                "framework/competence.xhtml?id=digcomp-2.2&code=4.2", "framework/view.xhtml?id=unknown");
        for (String language : List.of("fr", "nl", "en")) {
            open("?lang=" + language);
            for (String page : pages) {
                open(page);
                assertEquals(language, htmlLang(), page);
                Accessibility.assertNoSeriousViolations(browser);
            }
        }
    }
}
