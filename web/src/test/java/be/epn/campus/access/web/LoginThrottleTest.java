package be.epn.campus.access.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    @Test
    void oneAddressIsStoppedAfterTooManyFailuresOthersAreNot() {
        LoginThrottle throttle = new LoginThrottle();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            throttle.failed("10.0.0.1");
        }
        assertTrue(throttle.allows("10.0.0.1"));
        throttle.failed("10.0.0.1");
        assertFalse(throttle.allows("10.0.0.1"));
        assertTrue(throttle.allows("10.0.0.2"));
    }
}
