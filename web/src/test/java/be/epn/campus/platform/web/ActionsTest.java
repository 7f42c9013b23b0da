package be.epn.campus.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    }
}
