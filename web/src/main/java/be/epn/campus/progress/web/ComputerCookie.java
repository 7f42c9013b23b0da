package be.epn.campus.progress.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The cookie that says "this browser is one of an EPN's computers" (see {@code Places}). It holds a random
 * token, is never readable by script, and lasts five years: EPN computers are set up once.
 */
public final class ComputerCookie {

    public static final String NAME = "campus_computer";
    private static final int FIVE_YEARS = 5 * 365 * 24 * 3600;

    private ComputerCookie() {
    }

    /** The token of this computer, or null. */
    public static String token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (NAME.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    public static void remember(HttpServletRequest request, HttpServletResponse response, String token) {
        Cookie cookie = new Cookie(NAME, token);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(FIVE_YEARS);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
