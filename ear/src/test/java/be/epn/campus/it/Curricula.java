package be.epn.campus.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout's curriculum files, so that tests compare pages and API answers with the data itself. */
public final class Curricula {

    private Curricula() {
    }

    public static JsonObject digcomp() {
        Path file = Path.of(System.getProperty("campus.curricula.dir", "../curricula"), "frameworks/digcomp-2.2/framework.json");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return Json.createReader(reader).readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The title of a DigComp competence in a language, as the curriculum file has it. */
    public static String competenceTitle(String code, String language) {
        return digcomp().getJsonArray("areas").getValuesAs(JsonObject.class).stream()
                .flatMap(a -> a.getJsonArray("competences").getValuesAs(JsonObject.class).stream())
                .filter(c -> c.getString("code").equals(code))
                .map(c -> c.getJsonObject("title").getString(language))
                .findFirst().orElseThrow();
    }
}
