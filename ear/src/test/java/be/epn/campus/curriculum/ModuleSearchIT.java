package be.epn.campus.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.it.CampusDeployments;
import be.epn.campus.it.Http;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The curricula are loaded at start-up and searchable across every text, documents included: a word that
 * appears only inside a module's PDF finds that module, in the API and on the catalogue page.
 */
@ExtendWith(ArquillianExtension.class)
class ModuleSearchIT {

    private static final String ONLY_IN_A_PDF = "Zorblax";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CampusDeployments.ear();
    }

    @Test
    void everyModuleOfTheCurriculaIsLoaded() throws Exception {
        long modules;
        try (Stream<Path> dirs = Files.list(curricula().resolve("modules"))) {
            modules = dirs.filter(d -> Files.exists(d.resolve("module.json"))).count();
        }
        JsonArray loaded = Http.json(new Http(base.toURI()).get("api/modules")).asJsonArray();
        assertEquals(modules, loaded.size(), "every module of curricula/modules is loaded: " + loaded);
        assertTrue(modules >= 12);
    }

    @Test
    void aWordFoundOnlyInsideAPdfFindsItsModule() throws Exception {
        assertEquals(List.of(), filesOutsidePdfsHolding(ONLY_IN_A_PDF), "the word must live only inside the PDFs");
        Http visitor = new Http(base.toURI());

        HttpResponse<String> answer = visitor.get("api/modules/search?q=" + ONLY_IN_A_PDF.toLowerCase(Locale.ROOT));
        assertEquals(200, answer.statusCode());
        JsonArray results = Http.json(answer).asJsonArray();
        assertEquals(1, results.size(), answer.body());
        JsonObject found = results.getJsonObject(0);
        assertEquals("online-forms-e-administration", found.getJsonObject("module").getString("key"));
        assertTrue(found.getJsonArray("documents").toString().contains(".pdf"), found.toString());

        String page = visitor.get("modules/?q=" + ONLY_IN_A_PDF).body();
        assertTrue(page.contains("data-module=\"online-forms-e-administration\""), "the catalogue page lists it");
        assertTrue(page.contains("practice-tax-form"), "and names the document the word was found in");
    }

    @Test
    void searchingInEachLanguageAndWithoutAccentsWorks() throws Exception {
        Http visitor = new Http(base.toURI());
        for (String word : new String[] {"hameçonnage", "hameconnage", "phishing", "wachtwoord", "timetable"}) {
            JsonArray results = Http.json(visitor.get("api/modules/search?q=" + java.net.URLEncoder.encode(word, StandardCharsets.UTF_8)))
                    .asJsonArray();
            assertTrue(results.size() >= 1, "nothing found for " + word);
        }
        assertEquals(0, Http.json(visitor.get("api/modules/search?q=qwxzvbnmpl")).asJsonArray().size());
    }

    /** Every file of the curricula, PDFs aside, whose text holds the word (case-insensitive). */
    private static List<String> filesOutsidePdfsHolding(String word) throws IOException {
        try (Stream<Path> files = Files.walk(curricula())) {
            return files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".pdf"))
                    .filter(f -> read(f).toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT)))
                    .map(Path::toString).toList();
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path curricula() {
        return Path.of(System.getProperty("campus.curricula.dir", "../curricula"));
    }
}
