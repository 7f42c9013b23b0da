package be.epn.campus.placement.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The words for how sure a level is follow the probability of that level, coarsely. */
class CertaintyTest {

    @Test
    void twoChancesInThreeOrMoreIsSure() {
        assertEquals(Certainty.SURE, Certainty.of(0.66));
        assertEquals(Certainty.SURE, Certainty.of(0.95));
    }

    @Test
    void aboutOneChanceInTwoIsFairlySure() {
        assertEquals(Certainty.FAIRLY_SURE, Certainty.of(0.45));
        assertEquals(Certainty.FAIRLY_SURE, Certainty.of(0.6));
    }

    @Test
    void lessIsNotSureYet() {
        assertEquals(Certainty.NOT_SURE_YET, Certainty.of(0.44));
        assertEquals(Certainty.NOT_SURE_YET, Certainty.of(0.0));
    }
}
