package be.epn.campus.platform.web;

import be.epn.campus.platform.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The language of the page being rendered ({@code #{language.code}}, {@code #{language.locale}}) and the
 * links of the language switch.
 */
@Named("language")
@RequestScoped
public class CurrentLanguage {

    @Inject
    HttpServletRequest request;

    private Language current;

    public Language getCurrent() {
        if (current == null) {
            current = LanguageCookie.of(request);
        }
        return current;
    }

    public String getCode() {
        return getCurrent().code();
    }

    public Locale getLocale() {
        return getCurrent().locale();
    }

    public List<Language> getAll() {
        return Arrays.asList(Language.values());
    }

    /** The address of this same page in another language. */
    public String switchTo(Language language) {
        return RequestAddress.withParameter(request, LanguageSwitchFilter.PARAMETER, language.code());
    }
}
