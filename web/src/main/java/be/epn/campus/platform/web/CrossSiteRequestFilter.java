package be.epn.campus.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Refuses (403) a request that would change something when the browser says it was sent by another site.
 * Forms are already protected by their view-state token and the session cookie is SameSite=Lax; this is
 * the layer that still holds if a token leaks. The browser's own {@code Sec-Fetch-Site} header decides
 * first (it does not depend on host names, so a reverse proxy that rewrites {@code Host} does not matter);
 * browsers too old to send it are judged by {@code Origin} against {@code Host}. A request with neither
 * header does not come from a browser page and passes: it carries no cookie an attacker could borrow.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class CrossSiteRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CrossSiteRequestFilter.class.getName());
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod())
                || !fromAnotherSite(request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"), request.getHeader("Host"))) {
            chain.doFilter(request, response);
            return;
        }
        LOG.info(() -> "Refused a " + request.getMethod() + " from another site (" + request.getHeader("Origin") + ") to "
                + request.getRequestURI());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json; charset=UTF-8");
            response.getWriter().write("{\"status\":403,\"error\":\"forbidden\",\"message\":\"Not from another site.\"}");
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    /** Whether the browser's headers say the request was sent by a page of another site. */
    static boolean fromAnotherSite(String fetchSite, String origin, String host) {
        if (fetchSite != null) {
            String site = fetchSite.strip().toLowerCase(Locale.ROOT);
            return !site.equals("same-origin") && !site.equals("none");
        }
        if (origin == null) {
            return false;
        }
        if (origin.equals("null") || host == null) {
            return true;
        }
        try {
            String authority = URI.create(origin.strip()).getRawAuthority();
            return authority == null || !authority.equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
