package be.epn.campus.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.epn.campus.platform.errors.RefusedException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A refusal is worded from the bundle of its feature, named by the first word of its key. */
class ActionsTest {

    @Test
    void eachFeatureHasItsBundle() {
        assertEquals("ac", Actions.bundleOf("access.refused.locked"));
        assertEquals("lr", Actions.bundleOf("learn.refused.answer"));
        assertEquals("pl", Actions.bundleOf("placement.refused.move"));
        assertEquals("pp", Actions.bundleOf("people.refused.consent"));
        assertEquals("ce", Actions.bundleOf("certificate.refused.missing"));
        assertEquals("tr", Actions.bundleOf("training.refused.capacity"));
    }

    @Test
    void aFormRefusedForSeveralProblemsShowsEachAndOtherRefusalsStayWhole() {
        var plan = new RefusedException("training.refused.title", "training.refused.title", "training.refused.capacity");
        assertEquals(List.of("training.refused.title", "training.refused.capacity"),
                Actions.problems(plan).stream().map(RefusedException::key).toList());
        var asAList = new RefusedException("training.refused.times", List.of("training.refused.times", "training.refused.place"));
        assertEquals(List.of("training.refused.times", "training.refused.place"),
                Actions.problems(asAList).stream().map(RefusedException::key).toList());
        var level = new RefusedException("training.refused.level", 8);
        assertEquals(List.of(level), Actions.problems(level));
        var alone = new RefusedException("people.refused.consent");
        assertEquals(List.of(alone), Actions.problems(alone));
    }
}
