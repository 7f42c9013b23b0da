package be.epn.campus.people;

import be.epn.campus.it.AccessMatrix.Row;
import java.net.http.HttpResponse;

/**
 * How an answer reads against a cell of the matrix. Allowed: {@code 2xx} or {@code 304}. Denied: {@code 403}
 * for a signed-in person; for a visitor, {@code 401} from the API and a redirect to the login page from a
 * page. Anything else (a 404, a 500, a redirect elsewhere) is a mismatch whatever the cell says.
 */
final class Answers {

    private static final String LOGIN = "/login.xhtml?next=";

    private Answers() {
    }

    /** Null when the answer is what the cell says; otherwise what differs, for the failure message. */
    static String judge(Row row, String role, HttpResponse<String> answer) {
        int status = answer.statusCode();
        if (status >= 400 && showsStackTrace(answer.body())) {
            return "answered " + status + " with a stack trace";
        }
        if (row.allows(role)) {
            boolean allowed = row.method().equals("GET") ? status / 100 == 2 || status == 304
                    : !isDenial(role, answer) && status < 500;
            return allowed ? null : "expected allow, got " + describe(answer);
        }
        return isDenial(role, answer) ? null : "expected deny (" + denialFor(role, row) + "), got " + describe(answer);
    }

    static boolean showsStackTrace(String body) {
        return body.contains("Exception") || body.contains("at be.epn.") || body.contains("at jakarta.")
                || body.contains("at java.");
    }

    private static boolean isDenial(String role, HttpResponse<String> answer) {
        int status = answer.statusCode();
        if (!role.equals("anonymous")) {
            return status == 403;
        }
        boolean api = answer.uri().getPath().startsWith("/api/");
        return api ? status == 401 : status == 302 && location(answer).contains(LOGIN);
    }

    private static String denialFor(String role, Row row) {
        if (!role.equals("anonymous")) {
            return "403";
        }
        return row.isApi() ? "401" : "302 to " + LOGIN + "...";
    }

    private static String describe(HttpResponse<String> answer) {
        int status = answer.statusCode();
        return status / 100 == 3 ? status + " to " + location(answer) : String.valueOf(status);
    }

    private static String location(HttpResponse<String> answer) {
        return answer.headers().firstValue("Location").orElse("");
    }
}
