package be.epn.campus.access.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LandingTest {

    @Test
    void onlyPathsOfThisSiteAreFollowedAfterSigningIn() {
        assertTrue(Landing.isLocalPath("/desk/"));
        assertTrue(Landing.isLocalPath("/desk/learner.xhtml?id=42"));
        for (String next : new String[] {null, "", "desk/", "//evil.example/", "https://evil.example/", "/\\evil.example",
                "/desk/\r\nSet-Cookie: x", "/login.xhtml?next=/desk/"}) {
            assertFalse(Landing.isLocalPath(next), String.valueOf(next));
        }
    }
}
