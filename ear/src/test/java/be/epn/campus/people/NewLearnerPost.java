package be.epn.campus.people;

import be.epn.campus.it.Http;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The desk's new-learner form ({@code desk/new-learner.xhtml}, form {@code learner}) as a browser posts it. */
final class NewLearnerPost {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    private NewLearnerPost() {
    }

    /** A complete, valid learner whose family name starts with {@code "Csrf" + unique}; no view state if null. */
    static Map<String, String> fields(String unique, String variant, String viewState) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("learner", "learner");
        fields.put("learner:givenName", "Zoé");
        fields.put("learner:familyName", "Csrf" + unique + variant);
        fields.put("learner:birthYear", "1985");
        fields.put("learner:language", "FR");
        fields.put("learner:email", "");
        fields.put("learner:phone", "");
        fields.put("learner:secret", "une phrase assez longue");
        fields.put("learner:consent", "on");
        fields.put("learner:create", "x");
        if (viewState != null) {
            fields.put("jakarta.faces.ViewState", viewState);
        }
        return fields;
    }

    /** The view-state token of the page, as the visitor's browser received it. */
    static String viewState(Http http, String page) {
        HttpResponse<String> answer = http.get(page);
        Matcher m = VIEW_STATE.matcher(answer.body());
        if (!m.find()) {
            throw new IllegalStateException(page + " has no view state (status " + answer.statusCode() + ")");
        }
        return m.group(1);
    }
}
