package be.epn.campus.it;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Signing in and out in the browser, through the pages, as a person does. */
public final class SignIn {

    private SignIn() {
    }

    public static void as(WebDriver browser, String base, String username, String secret) {
        signOut(browser, base);
        browser.get(base + "login.xhtml");
        browser.findElement(By.id("login:username")).clear();
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:secret")).sendKeys(secret);
        browser.findElement(By.id("login:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
    }

    /** Forgets the session (and the language choice): the next page is an anonymous visit. */
    public static void signOut(WebDriver browser, String base) {
        browser.get(base + "");
        browser.manage().deleteAllCookies();
    }
}
