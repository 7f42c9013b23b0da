package be.epn.campus.it;

import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser test needs, written once: the deployed application's address, one Chromium per test
 * class ({@link Browser#start()}, quit when the class is done), and the few moves every page test makes.
 * A subclass declares its own {@code @Deployment}; what it checks, and the data it seeds, stay in it.
 *
 * <p>The browser is a static field shared by the subclasses: test classes run one after another in the
 * Failsafe JVM (no parallel execution is configured), each with a browser of its own.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class BrowserTest {

    /** The root of the web module, ending in a slash (Arquillian injects fields of a superclass too). */
    @ArquillianResource
    protected URL base;

    protected static ChromeDriver browser;

    /** The cookie that makes a browser one of an EPN's computers (see ComputerCookie in the web module). */
    protected static final String COMPUTER_COOKIE = "campus_computer";

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    /** Loads a page of the application, {@code path} relative to its root (no leading slash). */
    protected void open(String path) {
        browser.get(base + path);
    }

    /** Replaces the text of the field with this id, as a person typing would. */
    protected void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** The wait every page test uses: 15 seconds, for a shared test server under load. */
    protected WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    /** Clicks a button that posts the page, and waits until the answer page is there and whole. */
    protected void press(By button) {
        // A mark on the old document: gone once the answer page is there, and then wait until it is whole.
        browser.executeScript("window.campusOldPage = true;");
        browser.findElement(button).click();
        waiting().until(d -> Boolean.TRUE.equals(browser.executeScript(
                "return window.campusOldPage === undefined && document.readyState === 'complete';")));
    }

    /**
     * An animateur declares the browser's computer as one of their EPN's ({@code /desk/computer.xhtml}); the
     * computer's cookie is returned, to be kept when someone else signs in on the same computer.
     */
    protected Cookie registerComputer(String animateur, String secret) {
        SignIn.as(browser, base.toString(), animateur, secret);
        open("desk/computer.xhtml");
        press(By.id("computer:register"));
        if (!browser.findElement(By.id("registered")).isDisplayed()) {
            throw new AssertionError("the computer was not registered");
        }
        return browser.manage().getCookieNamed(COMPUTER_COOKIE);
    }

    /** Signs in as someone else on the same computer: the session goes, the computer's cookie stays. */
    protected void signInKeeping(Cookie computer, String username, String secret) {
        SignIn.signOut(browser, base.toString());
        browser.manage().addCookie(computer);
        SignIn.as(browser, base.toString(), username, secret);
        // SignIn.as starts by forgetting every cookie; the computer's is put back before the first step.
        browser.manage().addCookie(computer);
        if (!computer.getValue().equals(browser.manage().getCookieNamed(COMPUTER_COOKIE).getValue())) {
            throw new AssertionError("the computer's cookie was lost");
        }
    }

    /** The language the page says it is in. */
    protected String htmlLang() {
        return browser.findElement(By.tagName("html")).getAttribute("lang");
    }

    /** The text of the page's global messages (what a form said after it was posted). */
    protected String globalMessages() {
        return browser.findElement(By.cssSelector(".messages")).getText();
    }
}
