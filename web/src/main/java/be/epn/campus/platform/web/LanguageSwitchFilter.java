package be.epn.campus.platform.web;

import be.epn.campus.platform.Language;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The language switch: any page asked with {@code ?lang=nl} remembers Dutch and redirects to the same
 * address without the parameter, so that addresses stay clean and a reload does not switch again. A plain
 * link does it: no form, no JavaScript, nothing that changes anything but the visitor's own preference.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class LanguageSwitchFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PARAMETER = "lang";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String requested = request.getParameter(PARAMETER);
        if (requested == null || !"GET".equals(request.getMethod()) || request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Language> language = Language.fromCode(requested);
        language.ifPresent(l -> LanguageCookie.remember(request, response, l));
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", RequestAddress.withoutParameter(request, PARAMETER));
    }
}
