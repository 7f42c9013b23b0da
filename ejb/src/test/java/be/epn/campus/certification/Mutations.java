package be.epn.campus.certification;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every single-field change of a JSON document: each leaf altered and each member removed, by path. */
final class Mutations {

    private Mutations() {
    }

    static Map<String, JsonValue> of(JsonValue root) {
        Map<String, JsonValue> out = new LinkedHashMap<>();
        collect("", root, out);
        return out;
    }

    private static void collect(String path, JsonValue value, Map<String, JsonValue> out) {
        if (value instanceof JsonObject object) {
            for (String name : object.keySet()) {
                JsonObjectBuilder removed = Json.createObjectBuilder(object).remove(name);
                out.put(path + "/" + name + " removed", removed.build());
                of(object.get(name)).forEach((sub, changed) ->
                        out.put(path + "/" + name + sub, Json.createObjectBuilder(object).add(name, changed).build()));
            }
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                of(array.get(i)).forEach((sub, changed) -> {
                    JsonArrayBuilder copy = Json.createArrayBuilder(array).set(index, changed);
                    out.put(path + "/" + index + sub, copy.build());
                });
            }
        } else {
            out.put(path, altered(value));
        }
    }

    private static JsonValue altered(JsonValue leaf) {
        if (leaf instanceof JsonString s) {
            return Json.createValue(s.getString() + "x");
        }
        if (leaf instanceof JsonNumber n) {
            return Json.createValue(n.longValue() + 1);
        }
        return leaf == JsonValue.TRUE ? JsonValue.FALSE : JsonValue.TRUE;
    }
}
