package be.epn.campus.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.it.Accessibility;
import be.epn.campus.it.Browser;
import be.epn.campus.it.BrowserTest;
import be.epn.campus.it.CampusDeployments;
import be.epn.campus.it.Http;
import be.epn.campus.it.Seed;
import be.epn.campus.it.SignIn;
import be.epn.campus.it.TwoEpns;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 5's journey: a learner takes the placement at EPN A, a second tab answers an item already answered (one
 * answer recorded), the browser is closed in the middle; at EPN B the same next item is shown, the learner
 * finishes and sees a level per area and a learning plan; the animateur sees the same result, moves a module and
 * the learner sees the new order. An animateur runs the placement beside another learner (answers with help),
 * and a true beginner is sent to the starter path. Every new page passes axe.
 */
class PlacementAcrossEpnsIT extends BrowserTest {

    private static final String SECRET = "placement-secret-2026";
    private static final int MAX_ITEMS = 30;
    private static final int AREAS = 5;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CampusDeployments.earWithFixtures();
    }

    @Test
    void aLearnerStartsAtEpnAFinishesAtEpnBAndTheAnimateurSeesTheSameResult() throws Exception {
        Seed seed = new Seed(base.toURI());
        TwoEpns cast = TwoEpns.seed(seed, "Niveau", "Nour", SECRET);
        String learner = cast.learner();

        // EPN A: the learner finds the placement on their path and passes the gentle start.
        Cookie computerA = registerComputer(cast.animateurA(), SECRET);
        signInKeeping(computerA, learner, SECRET);
        open("learn/");
        browser.findElement(By.id("placementLink")).click();
        waiting().until(d -> !d.findElements(By.id("gentleStart")).isEmpty());
        assertEquals("computer", browser.findElement(By.id("start")).getAttribute("data-step"));
        Accessibility.assertNoSeriousViolations(browser);
        passGentleStart(true, true, true);
        Accessibility.assertNoSeriousViolations(browser);

        // A second tab on the same item: its answer arrives second and is not recorded twice.
        String firstTab = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        open("learn/placement.xhtml");
        String secondTab = browser.getWindowHandle();
        browser.switchTo().window(firstTab);
        String first = currentItem();
        answerAny();
        assertTrue(browser.findElement(By.id("saved")).isDisplayed(), "your answer is saved");
        browser.switchTo().window(secondTab);
        assertEquals(first, currentItem(), "the second tab still shows the first item");
        answerAny();
        assertTrue(browser.findElement(By.id("repeated")).getText().length() > 0, "a plain message: already answered");
        assertEquals(1, seed.count("SELECT COUNT(a) FROM PlacementAnswer a WHERE a.placement.person.username = '" + learner
                + "' AND a.itemKey = '" + first + "'"), "two tabs, one answer");
        browser.close();
        browser.switchTo().window(firstTab);

        open("learn/placement.xhtml");
        List<String> answered = new ArrayList<>(List.of(first));
        while (answered.size() < 4) {
            answered.add(currentItem());
            answerAny();
        }
        String next = currentItem();
        assertFalse(answered.contains(next), "the next item is a new one");
        assertEquals(answered.size(), seed.count("SELECT COUNT(a) FROM PlacementAnswer a WHERE a.placement.person.username = '"
                + learner + "' AND a.epn.name = '" + cast.epnAName() + "'"), "every answer saved at EPN A");
        // The learner closes the browser in the middle of the placement.
        browser.quit();
        browser = Browser.start();

        // EPN B: the same next item, then to the end.
        Cookie computerB = registerComputer(cast.animateurB(), SECRET);
        signInKeeping(computerB, learner, SECRET);
        open("learn/");
        browser.findElement(By.id("placementLink")).click();
        waiting().until(d -> !d.findElements(By.id("item")).isEmpty());
        assertEquals(next, currentItem(), "resumed at the item that was next at EPN A");
        press(By.id("item:answer"));
        assertTrue(globalMessages().length() > 0, "an empty answer gets a message in plain words");
        assertEquals(next, currentItem(), "and nothing is recorded");
        int asked = answered.size();
        while (browser.findElements(By.id("result")).isEmpty()) {
            assertTrue(++asked <= MAX_ITEMS, "the placement ends within " + MAX_ITEMS + " items");
            answerAny();
        }
        assertTrue(seed.count("SELECT COUNT(a) FROM PlacementAnswer a WHERE a.placement.person.username = '" + learner
                + "' AND a.epn.name = '" + cast.epnBName() + "'") > 0, "answers saved at EPN B");
        assertEquals(asked, seed.count("SELECT COUNT(a) FROM PlacementAnswer a WHERE a.placement.person.username = '" + learner + "'"));
        Accessibility.assertNoSeriousViolations(browser);
        Map<String, String> levels = levels();
        assertEquals(AREAS, levels.size(), "a level for each of the five areas: " + levels);
        for (WebElement area : browser.findElements(By.cssSelector("#levels li[data-area]"))) {
            String name = area.findElement(By.className("placement-level__name")).getText();
            assertTrue(name.length() > 5 && !name.equals(area.getAttribute("data-area")), "the area's name: " + name);
            assertFalse(area.findElement(By.className("placement-level__certainty")).getText().isBlank(), "how sure, in words");
        }
        List<String> plan = plan();
        assertFalse(plan.isEmpty(), "a learning plan");
        System.out.println("Placement result at EPN B after " + asked + " items:\n" + browser.findElement(By.tagName("main")).getText());

        // My path: the plan, the next step from the plan, and the placement in the competence picture.
        open("learn/");
        assertEquals(plan, plan());
        assertTrue(browser.findElement(By.id("continue")).getAttribute("href").endsWith("m=" + plan.get(0)), "the next step follows the plan");
        assertTrue(browser.findElements(By.id("noCompetence")).isEmpty(), "the placement is evidence in the competence picture");
        assertTrue(seed.count("SELECT COUNT(e) FROM CompetenceEvidence e WHERE e.person.username = '" + learner
                + "' AND e.source = be.epn.campus.progress.model.EvidenceSource.PLACEMENT") > 0);
        Accessibility.assertNoSeriousViolations(browser);

        // The hotspot pictures are served to signed-in people only, with their own type.
        HttpResponse<String> picture = Http.signedIn(base.toURI(), learner, SECRET).get("learn/placement-picture?path=images/search-page.svg");
        assertEquals(200, picture.statusCode());
        assertEquals("image/svg+xml", picture.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals("nosniff", picture.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(302, new Http(base.toURI()).get("learn/placement-picture?path=images/search-page.svg").statusCode());

        // The animateur of EPN B sees the same levels and plan, and moves the second module up.
        signInKeeping(computerB, cast.animateurB(), SECRET);
        open("desk/learner.xhtml?id=" + cast.learnerId());
        browser.findElement(By.id("placementLink")).click();
        waiting().until(d -> !d.findElements(By.id("placementResult")).isEmpty());
        Accessibility.assertNoSeriousViolations(browser);
        assertEquals(levels, levels(), "the animateur sees the learner's levels");
        assertEquals(plan, plan(), "and the same plan");
        assertTrue(browser.findElement(By.id("placementFacts")).getText().contains(cast.epnBName()), "where it was finished");
        assertEquals(21, browser.findElements(By.cssSelector("#competenceLevels tr[data-competence]")).size());
        if (plan.size() < 2) {
            new Select(browser.findElement(By.id("planForm:module"))).selectByIndex(1);
            press(By.id("planForm:add"));
            plan = plan();
        }
        press(By.id(browser.findElement(By.cssSelector("#plan li[data-module='" + plan.get(1) + "'] input[id$=':up']")).getAttribute("id")));
        assertTrue(browser.findElement(By.id("planChanged")).isDisplayed());
        List<String> moved = new ArrayList<>(plan);
        moved.set(0, plan.get(1));
        moved.set(1, plan.get(0));
        assertEquals(moved, plan(), "the second module is now first");

        signInKeeping(computerB, learner, SECRET);
        open("learn/placement.xhtml");
        assertEquals(moved, plan(), "the learner sees the new order");
    }

    @Test
    void anAnimateurAnswersBesideALearnerAndTheAnswerIsWithHelp() throws Exception {
        Seed seed = new Seed(base.toURI());
        String u = Seed.unique();
        UUID epn = seed.epn("EPN Aide " + u);
        seed.person("anim.h" + u, "Hugo", "Animateur" + u, null, SECRET, "ANIMATEUR", epn, null);
        String learner = "sami" + u;
        UUID learnerId = seed.learnerAt(learner, "Sami", "Accompagne" + u, SECRET, List.of(epn));
        Cookie computer = registerComputer("anim.h" + u, SECRET);
        browser.manage().addCookie(computer);

        open("desk/placement.xhtml?learner=" + learnerId);
        assertTrue(browser.findElement(By.id("noPlacement")).isDisplayed());
        Accessibility.assertNoSeriousViolations(browser);
        browser.findElement(By.id("runAssisted")).click();
        waiting().until(d -> !d.findElements(By.id("gentleStart")).isEmpty());
        assertTrue(browser.findElement(By.id("withHelp")).isDisplayed(), "a clear banner: with help");
        Accessibility.assertNoSeriousViolations(browser);
        passGentleStart(true, false, false);
        assertTrue(browser.findElement(By.id("withHelp")).isDisplayed());
        Accessibility.assertNoSeriousViolations(browser);
        answerAny();
        assertTrue(browser.findElement(By.id("saved")).isDisplayed());
        assertEquals(1, seed.count("SELECT COUNT(a) FROM PlacementAnswer a WHERE a.placement.person.username = '" + learner
                + "' AND a.helpedBy.username = 'anim.h" + u + "'"), "the answer is recorded with help");
        assertEquals(1, seed.count("SELECT COUNT(p) FROM PlacementSession p WHERE p.person.username = '" + learner
                + "' AND p.startedBy.username = 'anim.h" + u + "'"), "started by the animateur");
    }

    @Test
    void aTrueBeginnerIsSentToTheStarterPath() throws Exception {
        Seed seed = new Seed(base.toURI());
        String u = Seed.unique();
        UUID epn = seed.epn("EPN Départ " + u);
        String learner = "zoe" + u;
        seed.learnerAt(learner, "Zoé", "Debutante" + u, SECRET, List.of(epn));
        SignIn.as(browser, base.toString(), learner, SECRET);

        open("learn/placement.xhtml");
        press(By.id("start:no"));
        assertEquals("smartphone", browser.findElement(By.id("start")).getAttribute("data-step"));
        press(By.id("start:no"));
        assertTrue(browser.findElement(By.id("starter")).isDisplayed(), "the starter path, explained kindly");
        assertTrue(browser.findElements(By.id("item")).isEmpty(), "no test");
        assertEquals(List.of("mouse-keyboard-touch"), plan());
        Accessibility.assertNoSeriousViolations(browser);
        assertEquals(0, seed.count("SELECT COUNT(a) FROM PlacementAnswer a WHERE a.placement.person.username = '" + learner + "'"));
    }

    private void passGentleStart(boolean computer, boolean smartphone, boolean email) {
        press(By.id(computer ? "start:yes" : "start:no"));
        press(By.id(smartphone ? "start:yes" : "start:no"));
        assertEquals("email", browser.findElement(By.id("start")).getAttribute("data-step"));
        press(By.id(email ? "start:yes" : "start:no"));
        assertTrue(browser.findElement(By.id("item")).isDisplayed(), "the first item");
    }

    private String currentItem() {
        return browser.findElement(By.id("item")).getAttribute("data-placement-item");
    }

    /** Answers the item on screen with any answer of the right shape: the test is about the flow, not the score. */
    private void answerAny() {
        WebElement form = browser.findElement(By.id("item"));
        switch (form.getAttribute("data-type")) {
            case "single", "truefalse" -> form.findElement(By.cssSelector("input[type='radio']")).click();
            case "multiple" -> form.findElement(By.cssSelector("input[type='checkbox']")).click();
            case "matching" -> form.findElements(By.cssSelector("select[data-pair]")).forEach(s -> new Select(s).selectByIndex(1));
            case "ordering" -> {
                int place = 1;
                for (WebElement select : form.findElements(By.cssSelector("select[data-item]"))) {
                    new Select(select).selectByValue(String.valueOf(place++));
                }
            }
            case "short" -> form.findElement(By.cssSelector("input[type='text']")).sendKeys("internet");
            case "hotspot" -> {
                // The keyboard alternative: the places of the picture by name.
                form.findElement(By.cssSelector("details summary")).click();
                form.findElement(By.cssSelector("details input[type='radio']")).click();
            }
            default -> throw new IllegalStateException(form.getAttribute("data-type"));
        }
        press(By.id("item:answer"));
    }

    /** Area code → level, as the page shows them. */
    private Map<String, String> levels() {
        Map<String, String> levels = new LinkedHashMap<>();
        browser.findElements(By.cssSelector("#levels li[data-area]"))
                .forEach(li -> levels.put(li.getAttribute("data-area"), li.getAttribute("data-level")));
        return levels;
    }

    /** The plan's module keys, in order. */
    private List<String> plan() {
        return browser.findElements(By.cssSelector("#plan li[data-module]")).stream().map(li -> li.getAttribute("data-module")).toList();
    }
}
