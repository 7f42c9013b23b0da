package be.epn.campus.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.it.Accessibility;
import be.epn.campus.it.Browser;
import be.epn.campus.it.BrowserTest;
import be.epn.campus.it.CampusDeployments;
import be.epn.campus.it.Http;
import be.epn.campus.it.QuizInBrowser;
import be.epn.campus.it.Seed;
import be.epn.campus.it.TwoEpns;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * Issue 4's journey: a learner starts a module on a computer of EPN A, answers half its quiz and closes the
 * browser; at EPN B they sign in, resume at the next unanswered question, finish the module; the animateur of
 * EPN B sees it complete and both EPNs in the learner's history. On the way: two tabs answering the same
 * question record one answer, and the pages pass axe.
 */
class ProgressAcrossEpnsIT extends BrowserTest {

    private static final String MODULE = "email-first-steps";
    private static final String QUIZ = "check";
    private static final String SECRET = "progress-secret-2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CampusDeployments.earWithFixtures();
    }

    @Test
    void aLearnerStartsAtEpnAFinishesAtEpnBAndTheAnimateurOfBSeesBoth() throws Exception {
        Seed seed = new Seed(base.toURI());
        TwoEpns cast = TwoEpns.seed(seed, "Parcours", "Léa", SECRET);
        String epnAName = cast.epnAName();
        String epnBName = cast.epnBName();
        String learner = cast.learner();
        UUID learnerId = cast.learnerId();
        JsonObject module = moduleFile();

        // EPN A: the animateur declares this computer; the learner starts the module there.
        Cookie computerA = registerComputer(cast.animateurA(), SECRET);
        signInKeeping(computerA, learner, SECRET);
        open("learn/");
        Accessibility.assertNoSeriousViolations(browser);
        open("learn/module.xhtml?m=" + MODULE);
        Accessibility.assertNoSeriousViolations(browser);
        openEveryActivityExceptQuizAndTask(module);
        open("learn/quiz.xhtml?m=" + MODULE + "&a=" + QUIZ);
        Accessibility.assertNoSeriousViolations(browser);
        int total = questions(module).size();
        assertTrue(total >= 5, "a quiz of five questions or more");

        // A second tab on the same question: its answer arrives second and is not recorded twice.
        String firstTab = browser.getWindowHandle();
        browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        open("learn/quiz.xhtml?m=" + MODULE + "&a=" + QUIZ);
        String secondTab = browser.getWindowHandle();
        browser.switchTo().window(firstTab);
        String first = currentQuestion();
        answerRightly(module, first);
        assertTrue(browser.findElement(By.id("feedback")).getText().length() > 0, "feedback in plain words");
        browser.switchTo().window(secondTab);
        assertEquals(first, currentQuestion(), "the second tab still shows the first question");
        answerRightly(module, first);
        assertTrue(browser.findElement(By.id("feedback")).getAttribute("class").contains("feedback"));
        assertEquals(1, seed.count("SELECT COUNT(a) FROM QuizAnswer a WHERE a.attempt.person.username = '" + learner
                + "' AND a.questionKey = '" + first + "'"), "two tabs, one answer");
        browser.close();
        browser.switchTo().window(firstTab);

        List<String> answered = new ArrayList<>(List.of(first));
        open("learn/quiz.xhtml?m=" + MODULE + "&a=" + QUIZ);
        while (answered.size() < total / 2) {
            String question = currentQuestion();
            answerRightly(module, question);
            answered.add(question);
        }
        String next = currentQuestion();
        assertTrue(!answered.contains(next), "the next question is a new one");
        // The learner closes the browser in the middle of the quiz.
        browser.quit();
        browser = Browser.start();

        // EPN B: another computer, another animateur; the learner signs in and resumes.
        Cookie computerB = registerComputer(cast.animateurB(), SECRET);
        assertNotEquals(computerA.getValue(), computerB.getValue());
        signInKeeping(computerB, learner, SECRET);
        open("learn/");
        assertTrue(browser.findElement(By.id("next")).getText().contains(title(module)), "my path shows the module in progress first");
        browser.findElement(By.id("continue")).click();
        open("learn/quiz.xhtml?m=" + MODULE + "&a=" + QUIZ);
        assertEquals(next, currentQuestion(), "resumed at the next unanswered question");
        press(By.id("quiz:answer"));
        assertTrue(globalMessages().length() > 0, "an empty answer gets a message in plain words");
        assertEquals(next, currentQuestion(), "and nothing is recorded");
        assertTrue(browser.findElement(By.id("position")).getText().contains(String.valueOf(answered.size() + 1)));
        while (browser.findElements(By.id("result")).isEmpty()) {
            answerRightly(module, currentQuestion());
        }
        assertTrue(browser.findElement(By.id("result")).getAttribute("class").contains("passed"),
                browser.findElement(By.id("result")).getText());
        Accessibility.assertNoSeriousViolations(browser);
        assertEquals(total, seed.count("SELECT COUNT(a) FROM QuizAnswer a WHERE a.attempt.person.username = '" + learner + "'"));

        // The animateur of EPN B attests the practical task; the module is then complete.
        signInKeeping(computerB, cast.animateurB(), SECRET);
        open("desk/progress-learner.xhtml?id=" + learnerId);
        Accessibility.assertNoSeriousViolations(browser);
        WebElement task = browser.findElement(By.cssSelector("[data-task='" + MODULE + "/" + task(module) + "']"));
        press(By.id(task.findElement(By.cssSelector("input[id$='alone']")).getAttribute("id")));
        assertTrue(browser.findElement(By.id("attested")).isDisplayed());
        assertEquals("COMPLETED", browser.findElement(By.cssSelector("#moduleStates tr[data-module='" + MODULE + "']"))
                .getAttribute("data-state"));
        String visited = browser.findElement(By.id("epnsVisited")).getText();
        System.out.println("Learner page as the animateur of EPN B:\n" + browser.findElement(By.tagName("main")).getText());
        assertTrue(visited.contains(epnAName) && visited.contains(epnBName), "both EPNs in the history: " + visited);
        assertTrue(browser.findElement(By.id("history")).getText().contains(epnAName));

        // The cohort view of EPN B shows the module complete for this learner.
        open("desk/progress.xhtml?epn=" + cast.epnB() + "&module=" + MODULE);
        Accessibility.assertNoSeriousViolations(browser);
        WebElement row = browser.findElement(By.cssSelector("a[data-learner='" + learnerId + "']")).findElement(By.xpath("ancestor::tr"));
        assertEquals("COMPLETED", row.findElement(By.cssSelector("[data-module='" + MODULE + "']")).getAttribute("data-state"));
        assertTrue(row.getText().contains(epnAName) && row.getText().contains(epnBName), row.getText());
        assertEquals(1, seed.count("SELECT COUNT(p) FROM ModuleProgress p WHERE p.person.username = '" + learner
                + "' AND p.state = be.epn.campus.progress.model.ModuleState.COMPLETED AND p.completedEpn.name = '" + epnBName + "'"));
        assertTrue(seed.count("SELECT COUNT(r) FROM LearningRecord r WHERE r.person.username = '" + learner
                + "' AND r.epn.name = '" + epnAName + "'") > 0, "statements recorded at EPN A");

        // The same view exported, filtered by the module: CSV (with the learner, the state, both EPNs) and XLSX.
        Http animateurB = Http.signedIn(base.toURI(), cast.animateurB(), SECRET);
        String filter = "epn=" + cast.epnB() + "&module=" + MODULE;
        HttpResponse<String> csv = animateurB.get("api/progress/export?format=csv&" + filter);
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String line = csv.body().lines().filter(l -> l.contains(learner)).findFirst().orElseThrow();
        assertTrue(line.contains("Terminé") && line.contains(epnAName) && line.contains(epnBName), line);
        HttpResponse<byte[]> xlsx = animateurB.getBytes("api/progress/export?format=xlsx&" + filter);
        assertEquals(200, xlsx.statusCode());
        assertEquals('P', (char) xlsx.body()[0], "an XLSX file is a zip");
        assertEquals(403, Http.signedIn(base.toURI(), learner, SECRET).get("api/progress/export?format=csv&" + filter).statusCode());

        // Each event is also an xAPI statement: actor by id only, verb, object, result, and the EPN in the context.
        HttpResponse<String> mine = Http.signedIn(base.toURI(), learner, SECRET).get("api/me/export");
        JsonArray statements = Http.json(mine).asJsonObject().getJsonArray("learning_record");
        JsonObject passed = statements.stream().map(JsonValue::asJsonObject)
                .filter(st -> st.getJsonObject("verb").getString("id").endsWith("/passed")).findFirst().orElseThrow();
        assertEquals(learnerId.toString(), passed.getJsonObject("actor").getJsonObject("account").getString("name"));
        assertTrue(passed.getJsonObject("object").getString("id").endsWith("/modules/" + MODULE + "/activities/" + QUIZ));
        assertTrue(passed.getJsonObject("result").getBoolean("success"));
        assertTrue(passed.getJsonObject("context").getJsonObject("extensions").toString().contains(epnBName), passed.toString());
        assertTrue(!mine.body().contains("Voyageuse" + cast.suffix() + "\",\"actor"), "statements name nobody");
    }

    private void openEveryActivityExceptQuizAndTask(JsonObject module) {
        for (JsonValue value : module.getJsonArray("activities")) {
            JsonObject activity = value.asJsonObject();
            String kind = activity.getString("kind");
            if (!kind.equals("quiz") && !kind.equals("task")) {
                open("learn/activity.xhtml?m=" + MODULE + "&a=" + activity.getString("id"));
                assertTrue(browser.findElement(By.tagName("h1")).getText().length() > 0);
            }
        }
    }

    private String currentQuestion() {
        return quiz(null).currentQuestion();
    }

    /** Answers the question on screen rightly (see QuizInBrowser). */
    private void answerRightly(JsonObject module, String questionId) {
        quiz(module).answerRightly(questionId);
    }

    private QuizInBrowser quiz(JsonObject module) {
        return new QuizInBrowser(browser, module, QUIZ, this::press);
    }

    private static List<JsonValue> questions(JsonObject module) {
        return new QuizInBrowser(null, module, QUIZ, null).questions();
    }

    private static String task(JsonObject module) {
        return module.getJsonArray("activities").stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("kind").equals("task")).findFirst().orElseThrow().getString("id");
    }

    private static String title(JsonObject module) {
        return module.getJsonObject("title").getString("fr");
    }

    private static JsonObject moduleFile() {
        return QuizInBrowser.moduleFile(MODULE);
    }
}
