package be.epn.campus.placement;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A response that fits an item as the API shows it, whatever its type: what a learner who clicks through
 * would send. Right or wrong does not matter to these tests; being accepted does.
 */
final class AnyResponse {

    private AnyResponse() {
    }

    static String to(JsonObject item) {
        return switch (item.getString("type")) {
            case "single" -> ids(item.getJsonArray("options")).get(0);
            case "multiple" -> ids(item.getJsonArray("options")).get(0);
            case "truefalse" -> "true";
            case "matching" -> ids(item.getJsonArray("lefts")).stream().map(id -> id + "=" + id).collect(Collectors.joining(";"));
            case "ordering" -> String.join(",", ids(item.getJsonArray("items")));
            case "hotspot" -> ids(item.getJsonArray("regions")).get(0);
            default -> "je ne sais pas";
        };
    }

    private static List<String> ids(JsonArray choices) {
        return choices.stream().map(JsonValue::asJsonObject).map(c -> c.getString("id")).toList();
    }
}
