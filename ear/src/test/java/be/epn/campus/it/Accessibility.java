package be.epn.campus.it;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/** An axe-core scan of the page in the browser: no serious or critical violation is acceptable. */
public final class Accessibility {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private Accessibility() {
    }

    public static void assertNoSeriousViolations(WebDriver driver) {
        Results results = new AxeBuilder().analyze(driver);
        if (results.isErrored() || results.getPasses().isEmpty()) {
            fail("axe could not scan " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        List<Rule> blocking = results.getViolations().stream().filter(r -> BLOCKING.contains(r.getImpact())).toList();
        if (!blocking.isEmpty()) {
            fail(blocking.size() + " serious/critical accessibility violation(s) on " + driver.getCurrentUrl() + ":\n"
                    + blocking.stream().map(Accessibility::describe).collect(Collectors.joining("\n")));
        }
    }

    private static String describe(Rule rule) {
        return "  - [" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp() + " at "
                + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
    }
}
