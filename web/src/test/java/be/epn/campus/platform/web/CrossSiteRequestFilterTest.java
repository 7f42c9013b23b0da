package be.epn.campus.platform.web;

import static be.epn.campus.platform.web.CrossSiteRequestFilter.fromAnotherSite;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CrossSiteRequestFilterTest {

    @Test
    void theBrowsersFetchSiteHeaderDecidesFirst() {
        assertFalse(fromAnotherSite("same-origin", null, "campus.example"));
        assertFalse(fromAnotherSite("none", null, "campus.example"));
        assertTrue(fromAnotherSite("cross-site", "https://campus.example", "campus.example"), "the header wins over Origin");
        assertTrue(fromAnotherSite("same-site", null, "campus.example"), "a sibling subdomain is another site");
        assertFalse(fromAnotherSite("same-origin", "https://campus.example", "internal:8080"), "a proxy rewriting Host does not matter");
    }

    @Test
    void withoutItTheOriginMustBeThisHost() {
        assertFalse(fromAnotherSite(null, "https://campus.example", "campus.example"));
        assertFalse(fromAnotherSite(null, "http://localhost:8080", "LOCALHOST:8080"));
        assertTrue(fromAnotherSite(null, "https://evil.example", "campus.example"));
        assertTrue(fromAnotherSite(null, "http://localhost:9090", "localhost:8080"), "another port is another origin");
        assertTrue(fromAnotherSite(null, "null", "campus.example"), "an opaque origin (sandboxed frame, file)");
        assertTrue(fromAnotherSite(null, "not a uri", "campus.example"));
    }

    @Test
    void aRequestWithNeitherHeaderIsNotFromABrowserPage() {
        assertFalse(fromAnotherSite(null, null, "campus.example"));
    }
}
