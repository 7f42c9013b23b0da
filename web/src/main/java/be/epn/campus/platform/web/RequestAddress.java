package be.epn.campus.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/** The address a visitor asked for, rebuilt as a path plus query, for links back to the same page. */
public final class RequestAddress {

    private RequestAddress() {
    }

    /** The page's path and query, with {@code parameter} removed (used for the language switch redirect). */
    public static String withoutParameter(HttpServletRequest request, String parameter) {
        return path(request) + query(request.getParameterMap(), parameter, null);
    }

    /** The page's path and query, with {@code parameter} set to {@code value}. */
    public static String withParameter(HttpServletRequest request, String parameter, String value) {
        return path(request) + query(request.getParameterMap(), parameter, value);
    }

    /** The originally requested path, also when an error page or a forward is being rendered. */
    static String path(HttpServletRequest request) {
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (failed instanceof String uri) {
            return uri;
        }
        return forwarded instanceof String uri ? uri : request.getRequestURI();
    }

    private static String query(Map<String, String[]> parameters, String parameter, String value) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        parameters.forEach((name, values) -> {
            if (!name.equals(parameter) && !name.startsWith("jakarta.faces.")) {
                for (String v : values) {
                    query.add(encode(name) + "=" + encode(v));
                }
            }
        });
        if (value != null) {
            query.add(encode(parameter) + "=" + encode(value));
        }
        return query.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
