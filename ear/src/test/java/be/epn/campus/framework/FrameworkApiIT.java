package be.epn.campus.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.it.CampusDeployments;
import be.epn.campus.it.Curricula;
import be.epn.campus.it.Http;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The framework REST API, the CASE export and the readiness check, over HTTP against the deployed EAR. */
@ExtendWith(ArquillianExtension.class)
class FrameworkApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CampusDeployments.ear();
    }

    @ArquillianResource
    URL base;

    Http http;

    @BeforeEach
    void client() throws URISyntaxException {
        http = new Http(base.toURI());
    }

    @Test
    void theListNamesDigCompWithItsCounts() {
        HttpResponse<String> response = http.get("api/frameworks");

        assertEquals(200, response.statusCode());
        JsonObject digcomp = Http.json(response).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("id").equals("digcomp-2.2")).findFirst().orElseThrow();
        assertEquals(5, digcomp.getInt("areas"));
        assertEquals(21, digcomp.getInt("competences"));
        assertEquals(8, digcomp.getInt("levels"));
    }

    @Test
    void theFrameworkHasFiveAreasTwentyOneCompetencesAndEightLevelsAsInItsFile() {
        HttpResponse<String> response = http.get("api/frameworks/digcomp-2.2");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject framework = Http.json(response).asJsonObject();
        JsonArray areas = framework.getJsonArray("areas");
        assertEquals(5, areas.size());
        List<JsonObject> competences = areas.getValuesAs(JsonObject.class).stream()
                .flatMap(a -> a.getJsonArray("competences").getValuesAs(JsonObject.class).stream()).toList();
        assertEquals(21, competences.size());
        assertEquals(8, framework.getJsonArray("levels").size());
        assertEquals(4, framework.getJsonArray("bands").size());
        JsonObject dataPrivacy = competences.stream().filter(c -> c.getString("code").equals("4.2")).findFirst().orElseThrow();
        assertEquals(Curricula.competenceTitle("4.2", "nl"), dataPrivacy.getJsonObject("title").getString("nl"));
    }

    @Test
    void anUnknownFrameworkIsA404WithAJsonErrorAndNoStackTrace() {
        for (String path : List.of("api/frameworks/nope-9.9", "api/frameworks/%3Cscript%3E", "api/frameworks/nope-9.9/case")) {
            HttpResponse<String> response = http.get(path);

            assertEquals(404, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
            JsonObject error = Http.json(response).asJsonObject();
            assertEquals(404, error.getInt("status"));
            assertEquals("not_found", error.getString("error"));
            assertFalse(response.body().contains("Exception"), response.body());
            assertFalse(response.body().contains("at be.epn"), response.body());
        }
    }

    @Test
    void theCaseExportHasTheWholeTreeWithStableIdentifiers() {
        JsonObject first = Http.json(http.get("api/frameworks/digcomp-2.2/case")).asJsonObject();
        JsonObject second = Http.json(http.get("api/frameworks/digcomp-2.2/case")).asJsonObject();

        JsonObject document = first.getJsonObject("CFDocument");
        assertNotNull(document.getString("identifier"));
        List<JsonObject> items = first.getJsonArray("CFItems").getValuesAs(JsonObject.class);
        assertEquals(5 + 21 + 8, items.size());
        Set<String> identifiers = items.stream().map(i -> i.getString("identifier")).collect(Collectors.toSet());
        assertEquals(items.size(), identifiers.size(), "identifiers are unique");
        assertEquals(identifiers, second.getJsonArray("CFItems").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("identifier")).collect(Collectors.toSet()), "and the same at every export");

        Map<String, String> byCode = items.stream().filter(i -> !i.getString("CFItemType").contains("Level"))
                .collect(Collectors.toMap(i -> i.getString("humanCodingScheme"), i -> i.getString("identifier")));
        List<JsonObject> childOf = first.getJsonArray("CFAssociations").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("associationType").equals("isChildOf")).toList();
        assertEquals(items.size(), childOf.size(), "every item hangs in the tree");
        JsonObject link = childOf.stream()
                .filter(a -> a.getJsonObject("originNodeURI").getString("identifier").equals(byCode.get("1.1")))
                .findFirst().orElseThrow();
        assertEquals(byCode.get("1"), link.getJsonObject("destinationNodeURI").getString("identifier"));
    }

    @Test
    void theCaseExportSpeaksTheRequestedLanguage() {
        JsonObject french = Http.json(http.get("api/frameworks/digcomp-2.2/case?lang=fr")).asJsonObject();

        Set<String> statements = new HashSet<>();
        for (JsonValue item : french.getJsonArray("CFItems")) {
            statements.add(item.asJsonObject().getString("fullStatement"));
        }
        assertTrue(statements.contains(Curricula.competenceTitle("1.1", "fr")), statements.toString());
        assertEquals(400, http.get("api/frameworks/digcomp-2.2/case?lang=xx").statusCode());
    }

    @Test
    void anUnchangedFrameworkIsNotSentTwice() {
        HttpResponse<String> first = http.get("api/frameworks/digcomp-2.2");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        assertEquals(304, http.get("api/frameworks/digcomp-2.2", "If-None-Match", etag).statusCode());
    }

    @Test
    void theApplicationIsReadyWithItsDatabaseAndFramework() {
        HttpResponse<String> response = http.get("health/ready");

        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = Http.json(response).asJsonObject();
        assertEquals("UP", health.getString("status"));
        Set<String> up = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("status").equals("UP")).map(c -> c.getString("name")).collect(Collectors.toSet());
        assertEquals(Set.of("database", "competence-frameworks"), up);
    }

    @Test
    void pageSourcesAreNeverServed() {
        for (String path : List.of("WEB-INF/web.xml", "WEB-INF/templates/public.xhtml", "WEB-INF/errors/error.xhtml")) {
            int status = http.get(path).statusCode();
            assertTrue(status == 404 || status == 403, path + " answered " + status);
        }
    }
}
