package be.epn.campus.platform.api;

import java.util.Locale;

/**
 * The body of every error response: {@code {"status":404,"error":"not_found","message":"..."}}. The
 * message is written for the client and never carries an exception's text, a class name or a stack trace.
 *
 * @param status the HTTP status, repeated so that a logged body is self-explanatory
 * @param error a short, stable, machine-readable code in snake case
 * @param message a sentence for a person
 */
public record ApiError(int status, String error, String message) {

    /** An error whose code follows from its status ({@code 404} gives {@code not_found}). */
    public static ApiError of(int status, String message) {
        return new ApiError(status, codeFor(status), message);
    }

    /** The code of a status: its standard reason in snake case, or {@code error} for an unknown status. */
    public static String codeFor(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 409 -> "conflict";
            case 412 -> "precondition_failed";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            case 429 -> "too_many_requests";
            case 500 -> "internal_error";
            case 503 -> "unavailable";
            default -> status >= 500 ? "server_error" : status >= 400 ? "client_error" : "error";
        };
    }

    /** A generic sentence for a status, for errors raised by the framework rather than by our code. */
    public static String sentenceFor(int status) {
        String code = codeFor(status).replace('_', ' ');
        return code.substring(0, 1).toUpperCase(Locale.ROOT) + code.substring(1) + ".";
    }
}
