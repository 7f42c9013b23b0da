package be.epn.campus.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/** The address a visitor asked for, rebuilt as a path plus query, for links back to the same page. */
public final class RequestAddress {

    private RequestAddress() {
    }

    /** The page's path and query, with {@code parameter} removed (used for the language switch redirect). */
    public static String withoutParameter(HttpServletRequest request, String parameter) {
        return path(request) + query(addressParameters(request), parameter, null);
    }

    /** The page's path and query, with {@code parameter} set to {@code value}. */
    public static String withParameter(HttpServletRequest request, String parameter, String value) {
        return path(request) + query(addressParameters(request), parameter, value);
    }

    /**
     * The parameters of the address only. After a form post the parameter map also holds the posted fields
     * (a secret typed on the login or desk page among them), which must never end up in a link.
     */
    static Map<String, String[]> addressParameters(HttpServletRequest request) {
        Map<String, String[]> all = request.getParameterMap();
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            return all;
        }
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        Set<String> named = namesIn(forwarded instanceof String query ? query : request.getQueryString());
        Map<String, String[]> kept = new LinkedHashMap<>();
        all.forEach((name, values) -> {
            if (named.contains(name)) {
                kept.put(name, values);
            }
        });
        return kept;
    }

    /** The parameter names of a raw query string ({@code a=1&b&c=%20} gives a, b, c). */
    static Set<String> namesIn(String query) {
        Set<String> names = new HashSet<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (!pair.isEmpty()) {
                    names.add(URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8));
                }
            }
        }
        return names;
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
