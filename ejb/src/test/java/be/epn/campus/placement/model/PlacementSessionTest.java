package be.epn.campus.placement.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.people.model.Person;
import be.epn.campus.people.model.PersonDetails;
import be.epn.campus.platform.Language;
import be.epn.campus.placement.model.PlacementSession.StartAnswers;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class PlacementSessionTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 26, 10, 0);
    private static final Person LEARNER = new Person(new PersonDetails("Ahmed", "B", 1970, Language.FR, null, null),
            "ahmed.b47", T0, null, null);

    @Test
    void timeCountsWhileTheLearnerWorksAndAPauseAddsAtMostFiveMinutes() {
        PlacementSession placement = new PlacementSession(LEARNER, "digcomp-2.2", 1L, new StartAnswers(true, true, true),
                null, null, T0);
        assertEquals(Duration.ofSeconds(40), placement.touch(T0.plusSeconds(40)));
        // closed the browser at EPN A, came back two days later at EPN B
        assertEquals(Duration.ofSeconds(40).plus(PlacementSession.PAUSE), placement.elapsedAt(T0.plusDays(2)));
        assertEquals(Duration.ofSeconds(40).plus(PlacementSession.PAUSE), placement.touch(T0.plusDays(2)));
        assertEquals(Duration.ofSeconds(40).plus(PlacementSession.PAUSE).plusSeconds(30),
                placement.touch(T0.plusDays(2).plusSeconds(30)));
        assertEquals(placement.elapsed(), placement.touch(T0.plusDays(1)), "a clock going back adds nothing");
    }

    @Test
    void aTrueBeginnerHasUsedNeitherAComputerNorASmartphone() {
        assertTrue(new StartAnswers(false, false, false).trueBeginner());
        assertTrue(new StartAnswers(false, false, null).trueBeginner());
        assertFalse(new StartAnswers(false, true, false).trueBeginner(), "a smartphone user can take the test");
        assertFalse(new StartAnswers(true, false, false).trueBeginner());
        assertFalse(new StartAnswers(null, null, null).trueBeginner(), "not asked is not a beginner");
    }

    @Test
    void aFinishedPlacementIsClosedAndAMergeClosesARunningOne() {
        PlacementSession placement = new PlacementSession(LEARNER, "digcomp-2.2", 1L, new StartAnswers(true, true, true),
                null, null, T0);
        assertTrue(placement.isOpen());
        placement.moveTo(LEARNER, true);
        assertFalse(placement.isOpen());
        assertEquals("MERGED", placement.getStopReason());
    }
}
