package be.epn.campus.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** Chooses the wording of the error page from the status code of the failed request. */
@Named
@RequestScoped
public class ErrorPage {

    @Inject
    HttpServletRequest request;

    /** "notfound", "forbidden" or "generic": the middle of the bundle keys {@code error.<kind>.title/text}. */
    public String getKind() {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (status instanceof Integer code) {
            return switch (code) {
                case 404, 405 -> "notfound";
                case 401, 403 -> "forbidden";
                default -> "generic";
            };
        }
        return "generic";
    }
}
