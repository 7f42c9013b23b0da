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

    /**
     * "notfound", "forbidden", "expired" or "generic": the middle of the bundle keys
     * {@code error.<kind>.title/text}.
     */
    public String getKind() {
        if (isExpiredView()) {
            return "expired";
        }
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

    /**
     * A form posted after its page was kept open too long (or with a forged token): the visitor made no
     * mistake worth a 500; the answer is 400 and a page that says to start again.
     */
    public void adjustStatus() {
        if (isExpiredView()) {
            org.omnifaces.util.Faces.setResponseStatus(400);
        }
    }

    private boolean isExpiredView() {
        Object type = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION_TYPE);
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        return type == jakarta.faces.application.ViewExpiredException.class
                || exception instanceof jakarta.faces.application.ViewExpiredException;
    }
}
