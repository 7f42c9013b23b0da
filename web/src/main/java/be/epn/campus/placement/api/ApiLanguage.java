package be.epn.campus.placement.api;

import be.epn.campus.platform.Language;
import be.epn.campus.platform.api.ApiException;
import be.epn.campus.platform.web.LanguageCookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The language an item is worded in: {@code ?lang=} when given, else the client's Accept-Language (the HTTP way
 * for a client to say it; a language we do not offer there gives French), else the visitor's choice on the site
 * (the language cookie), else French.
 */
public final class ApiLanguage {

    private ApiLanguage() {
    }

    /** @throws ApiException 400 for a {@code lang} that is none of ours, rather than guessing */
    public static Language of(String lang, HttpServletRequest request) {
        if (lang != null && !lang.isBlank()) {
            return Language.fromCode(lang).filter(l -> l.code().equals(lang.strip()))
                    .orElseThrow(() -> ApiException.badRequest("lang: fr, nl or en"));
        }
        // An API client says what it wants with the standard header; the cookie is the site's memory of a choice.
        return request.getHeader("Accept-Language") != null ? LanguageCookie.preferred(request) : LanguageCookie.of(request);
    }
}
