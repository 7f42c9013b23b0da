package be.epn.campus.platform.web;

import be.epn.campus.platform.Language;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

/**
 * The visitor's language, kept in a cookie so that it follows them from page to page without an account
 * or a session. When there is no cookie yet, the browser's preferred languages decide, then French.
 */
public final class LanguageCookie {

    public static final String NAME = "campus_lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private LanguageCookie() {
    }

    /** The language to show this request in. */
    public static Language of(HttpServletRequest request) {
        return chosen(request).orElseGet(() -> preferred(request));
    }

    /** The language the visitor chose with the switch, if any. */
    public static Optional<Language> chosen(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (NAME.equals(cookie.getName())) {
                    return Language.fromCode(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** The first of the browser's languages that we offer, else the default. */
    public static Language preferred(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Language.DEFAULT; // without the header the container answers with its own locale
        }
        for (Locale locale : Collections.list(request.getLocales())) {
            Optional<Language> language = Language.fromCode(locale.getLanguage());
            if (language.isPresent()) {
                return language.get();
            }
        }
        return Language.DEFAULT;
    }

    public static void remember(HttpServletRequest request, HttpServletResponse response, Language language) {
        Cookie cookie = new Cookie(NAME, language.code());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
