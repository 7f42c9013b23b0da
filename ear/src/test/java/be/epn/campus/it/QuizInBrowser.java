package be.epn.campus.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A learner answering a module's quiz in the browser, rightly, from the answers in the module's own file (read
 * from the checkout), as the journeys of issue 4 (progress) and issue 6 (certificates) both need.
 *
 * @param press clicks a button that posts the page and waits for the answer page ({@link BrowserTest#press})
 */
public record QuizInBrowser(WebDriver browser, JsonObject module, String quiz, Consumer<By> press) {

    /** The module's file, {@code curricula/modules/<key>/module.json}. */
    public static JsonObject moduleFile(String key) {
        Path file = Path.of(System.getProperty("campus.curricula.dir", "../curricula"), "modules", key, "module.json");
        try {
            return Json.createReader(new StringReader(Files.readString(file))).readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The id of the question on screen. */
    public String currentQuestion() {
        return browser.findElement(By.id("quiz")).getAttribute("data-question");
    }

    public List<JsonValue> questions() {
        return module.getJsonArray("activities").stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("id").equals(quiz)).findFirst().orElseThrow().getJsonArray("questions");
    }

    /** Answers the question on screen until the quiz shows its result. */
    public void answerAllRightly() {
        while (browser.findElements(By.id("result")).isEmpty()) {
            answerRightly(currentQuestion());
        }
    }

    /** Answers the question on screen with its right answer, read from the module's file, as a learner would. */
    public void answerRightly(String questionId) {
        JsonObject q = questions().stream().map(JsonValue::asJsonObject).filter(o -> o.getString("id").equals(questionId))
                .findFirst().orElseThrow();
        switch (q.getString("type")) {
            case "single", "multiple" -> q.getJsonArray("options").stream().map(JsonValue::asJsonObject)
                    .filter(o -> o.getBoolean("correct"))
                    .forEach(o -> click("#quiz input[value='" + o.getString("id") + "']"));
            case "truefalse" -> click("#quiz input[value='" + q.getBoolean("answer") + "']");
            case "matching" -> q.getJsonArray("pairs").stream().map(JsonValue::asJsonObject).forEach(p ->
                    new Select(browser.findElement(By.cssSelector("select[data-pair='" + p.getString("id") + "']")))
                            .selectByValue(p.getString("id")));
            case "ordering" -> {
                int place = 1;
                for (JsonValue item : q.getJsonArray("items")) {
                    new Select(browser.findElement(By.cssSelector("select[data-item='" + item.asJsonObject().getString("id") + "']")))
                            .selectByValue(String.valueOf(place++));
                }
            }
            case "short" -> {
                WebElement text = browser.findElement(By.cssSelector("#quiz input[type='text']"));
                text.clear();
                text.sendKeys(q.getJsonObject("accepted").getJsonArray("fr").getString(0));
            }
            case "hotspot" -> {
                browser.findElement(By.cssSelector("#quiz details summary")).click();
                String region = q.getJsonArray("regions").stream().map(JsonValue::asJsonObject)
                        .filter(r -> r.getBoolean("correct")).findFirst().orElseThrow().getString("id");
                click("#quiz input[type='radio'][value='" + region + "']");
            }
            default -> throw new IllegalStateException(q.getString("type"));
        }
        press.accept(By.id("quiz:answer"));
    }

    private void click(String css) {
        browser.findElement(By.cssSelector(css)).click();
    }
}
