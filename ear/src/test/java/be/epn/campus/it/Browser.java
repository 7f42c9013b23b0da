package be.epn.campus.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the Debian packages (no driver download is possible here), with a fresh profile
 * per browser so that no cookie or language choice leaks from one test class to another.
 */
public final class Browser {

    private Browser() {
    }

    public static ChromeDriver start() {
        String driver = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        String binary = System.getProperty("campus.it.chromium", "/usr/bin/chromium");
        Path profile;
        try {
            profile = Files.createTempDirectory("campus-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile);
        // A browser set to French, like most in Brussels: pages must start in French without a choice.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-BE,fr"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(driver).toFile()).build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return chrome;
    }
}
