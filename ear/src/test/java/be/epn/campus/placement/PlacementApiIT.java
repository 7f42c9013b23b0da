package be.epn.campus.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.it.CampusDeployments;
import be.epn.campus.it.Http;
import be.epn.campus.it.Seed;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The placement API over HTTP against the EAR that ships: start, next item, answer, result; answers saved once
 * and only for the current item; no answer key ever sent; who may act on whose placement; the assisted mode;
 * the true beginner; the OpenAPI document.
 */
@ExtendWith(ArquillianExtension.class)
class PlacementApiIT {

    private static final String SECRET = "placement-api-secret";
    /** Names that would carry the answer key or the item's parameters: none may appear in an item sent out. */
    private static final Set<String> SECRET_FIELDS = Set.of("correct", "accepted", "answer", "feedback", "parameters",
            "discrimination", "difficulty", "guessing", "level", "x", "y", "w", "h");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CampusDeployments.earWithFixtures();
    }

    @ArquillianResource
    URL base;

    URI root;
    Seed seed;
    String u;
    UUID epn;

    @BeforeEach
    void seedOneEpn() throws Exception {
        root = base.toURI();
        seed = new Seed(root);
        u = Seed.unique();
        epn = seed.epn("EPN Placement " + u);
    }

    @Test
    void aLearnerStartsGetsItemsWithoutTheirAnswerKeyAndEachAnswerBringsAnotherItem() {
        Http learner = learner("start");
        JsonObject placement = start(learner, "{\"usedComputer\":true,\"usedSmartphone\":true,\"usedEmail\":false}");
        assertFalse(placement.getBoolean("finished"));
        assertFalse(placement.getBoolean("assisted"));
        long id = placement.getJsonNumber("id").longValue();

        HttpResponse<String> next = learner.get("api/placements/" + id + "/next?lang=fr");
        assertEquals(200, next.statusCode(), next.body());
        JsonObject item = Http.json(next).asJsonObject();
        assertEquals(placement.getString("currentItem"), item.getString("key"));
        assertFalse(item.getString("prompt").isBlank());
        List<String> leaks = secretFields(item, "");
        assertTrue(leaks.isEmpty(), "the item sent out holds " + leaks + ": " + next.body());
        assertFalse(next.body().contains("\"correct\""), next.body());
        assertEquals(item.getString("key"), Http.json(learner.get("api/placements/" + id + "/next")).asJsonObject().getString("key"),
                "the same item until it is answered");

        JsonObject after = answer(learner, id, item.getString("key"), AnyResponse.to(item));
        assertEquals(1, after.getJsonObject("placement").getInt("answered"));
        JsonObject second = after.getJsonObject("next");
        assertNotEquals(item.getString("key"), second.getString("key"), "another item after an answer");
        assertTrue(secretFields(second, "").isEmpty(), "the next item of an answer holds no answer key either");
        assertEquals(second.getString("key"), Http.json(learner.get("api/placements/" + id + "/next")).asJsonObject().getString("key"));
        assertEquals(200, learner.get("api/placements/" + id).statusCode());
        assertEquals(id, Http.json(learner.get("api/placements/current")).asJsonObject().getJsonNumber("id").longValue());
        assertEquals(id, start(learner, "{}").getJsonNumber("id").longValue(), "starting again resumes the running placement");
    }

    @Test
    void theItemComesInTheLanguageAsked() {
        Http learner = learner("lang");
        long id = start(learner, "{\"usedComputer\":true}").getJsonNumber("id").longValue();
        String fr = Http.json(learner.get("api/placements/" + id + "/next?lang=fr")).asJsonObject().getString("prompt");
        JsonObject nl = Http.json(learner.get("api/placements/" + id + "/next?lang=nl")).asJsonObject();
        String accepted = Http.json(learner.get("api/placements/" + id + "/next", "Accept-Language", "nl-BE,nl;q=0.9"))
                .asJsonObject().getString("prompt");
        assertEquals("nl", nl.getString("language"));
        assertNotEquals(fr, nl.getString("prompt"));
        assertEquals(nl.getString("prompt"), accepted, "Accept-Language decides without lang");
        assertEquals(400, learner.get("api/placements/" + id + "/next?lang=de").statusCode());
    }

    @Test
    void theSameAnswerSentTwiceIsRecordedOnce() {
        Http learner = learner("twice");
        long id = start(learner, "{\"usedComputer\":true}").getJsonNumber("id").longValue();
        JsonObject item = Http.json(learner.get("api/placements/" + id + "/next")).asJsonObject();
        String response = AnyResponse.to(item);

        JsonObject first = answer(learner, id, item.getString("key"), response);
        JsonObject again = answer(learner, id, item.getString("key"), response);
        assertFalse(first.getJsonObject("placement").getBoolean("repeated"));
        assertTrue(again.getJsonObject("placement").getBoolean("repeated"), "the second one is marked repeated");
        assertEquals(1, again.getJsonObject("placement").getInt("answered"));
        assertEquals(first.getJsonObject("next").getString("key"), again.getJsonObject("next").getString("key"));
        assertEquals(1, answersSaved(id), "one row in placement_answer");
    }

    @Test
    void onlyTheCurrentItemCanBeAnsweredAndAForgedResponseIsRefusedWithItsKey() {
        Http learner = learner("forged");
        long id = start(learner, "{\"usedComputer\":true}").getJsonNumber("id").longValue();
        String current = Http.json(learner.get("api/placements/" + id + "/next")).asJsonObject().getString("key");
        String other = current.equals("5-4-ask-for-help") ? "1-1-start-search" : "5-4-ask-for-help";

        HttpResponse<String> chosen = postAnswer(learner, id, other, "true");
        assertEquals(422, chosen.statusCode(), chosen.body());
        assertEquals("placement.refused.notCurrent", Http.json(chosen).asJsonObject().getString("error"));

        // Longer than any response may be: refused for every item type (a short answer takes any text up to it).
        HttpResponse<String> forged = postAnswer(learner, id, current, "<script>alert(1)</script>".repeat(30));
        assertEquals(422, forged.statusCode(), forged.body());
        JsonObject error = Http.json(forged).asJsonObject();
        assertEquals("placement.refused.answer", error.getString("error"));
        assertFalse(error.getString("message").isBlank());
        assertFalse(forged.body().contains("Exception") || forged.body().contains("at be.epn."), "no stack trace");

        HttpResponse<String> notJson = learner.post("api/placements/" + id + "/answers", "application/json",
                HttpRequest.BodyPublishers.ofString("{\"item\": "), Duration.ofSeconds(30));
        assertEquals(400, notJson.statusCode(), notJson.body());
        assertEquals(0, answersSaved(id), "nothing saved");
        assertEquals(current, Http.json(learner.get("api/placements/" + id + "/next")).asJsonObject().getString("key"));
    }

    @Test
    void anotherLearnerIsRefusedSomeonesPlacementAndAVisitorMustSignIn() {
        Http owner = learner("owner");
        long id = start(owner, "{\"usedComputer\":true}").getJsonNumber("id").longValue();
        String key = Http.json(owner.get("api/placements/" + id + "/next")).asJsonObject().getString("key");
        Http stranger = learner("stranger");

        for (String address : List.of("api/placements/%d", "api/placements/%d/next", "api/placements/%d/result")) {
            HttpResponse<String> refused = stranger.get(address.formatted(id));
            assertEquals(403, refused.statusCode(), address);
            assertFalse(refused.body().contains("Owner" + u), "the refusal names nobody");
        }
        assertEquals(403, postAnswer(stranger, id, key, "true").statusCode());
        assertEquals(0, answersSaved(id));
        assertEquals(401, new Http(root).get("api/placements/" + id).statusCode());
        assertEquals(401, new Http(root).post("api/placements", "application/json", HttpRequest.BodyPublishers.ofString("{}"),
                Duration.ofSeconds(30)).statusCode());
        assertEquals(404, owner.get("api/placements/987654321").statusCode());
    }

    @Test
    void anAnimateurRunsThePlacementBesideTheLearnerAndTheAnswerIsWithHelp() {
        UUID learnerId = seed.person("beside" + u, "Bea", "Beside" + u, 1958, SECRET, "LEARNER", null, epn);
        seed.person("anim" + u, "Ana", "Animatrice" + u, null, SECRET, "ANIMATEUR", epn, null);
        Http animateur = Http.signedIn(root, "anim" + u, SECRET);

        JsonObject placement = start(animateur, "{\"usedComputer\":true,\"learner\":\"" + learnerId + "\"}");
        assertTrue(placement.getBoolean("assisted"));
        assertEquals(learnerId.toString(), placement.getString("learner"));
        long id = placement.getJsonNumber("id").longValue();
        JsonObject item = Http.json(animateur.get("api/placements/" + id + "/next")).asJsonObject();
        answer(animateur, id, item.getString("key"), AnyResponse.to(item));

        assertEquals(1, seed.count("SELECT COUNT(a) FROM PlacementAnswer a WHERE a.placement.id = " + id + " AND a.helpedBy IS NOT NULL"),
                "the answer is recorded as given with help");
        Http learner = Http.signedIn(root, "beside" + u, SECRET);
        JsonObject seen = Http.json(learner.get("api/placements/current")).asJsonObject();
        assertEquals(id, seen.getJsonNumber("id").longValue(), "the learner resumes the same placement");
        assertFalse(seen.getBoolean("assisted"));
        assertEquals(200, animateur.get("api/placements/current?learner=" + learnerId).statusCode());

        Http elsewhere = staffOfAnotherEpn();
        assertEquals(403, elsewhere.post("api/placements", "application/json",
                HttpRequest.BodyPublishers.ofString("{\"learner\":\"" + learnerId + "\"}"), Duration.ofSeconds(30)).statusCode());
        assertEquals(403, elsewhere.get("api/placements/" + id).statusCode());
    }

    @Test
    void answeringUntilTheEndGivesALevelPerAreaAndALearningPlan() {
        Http learner = learner("end");
        long id = start(learner, "{\"usedComputer\":true,\"usedSmartphone\":true,\"usedEmail\":true}").getJsonNumber("id").longValue();
        JsonObject running = Http.json(learner.get("api/placements/" + id + "/result")).asJsonObject();
        assertTrue(running.getJsonArray("areas").isEmpty(), "no level while it runs: no feedback during the test");

        int answered = answerToTheEnd(learner, id);
        assertEquals(204, learner.get("api/placements/" + id + "/next").statusCode(), "no item once finished");
        HttpResponse<String> answer = learner.get("api/placements/" + id + "/result?lang=en");
        assertEquals(200, answer.statusCode());
        JsonObject result = Http.json(answer).asJsonObject();
        assertTrue(result.getJsonObject("placement").getBoolean("finished"));
        assertEquals(5, result.getJsonArray("areas").size(), answer.body());
        assertFalse(result.getJsonArray("competences").isEmpty());
        JsonObject area = result.getJsonArray("areas").getJsonObject(0);
        assertTrue(area.containsKey("uncertainty") && area.containsKey("probability") && area.getInt("level") >= 1, area.toString());
        assertFalse(result.getJsonObject("plan").getJsonArray("steps").isEmpty(), "a plan is proposed: " + answer.body());
        assertEquals(answered, answersSaved(id));
        assertEquals(200, learner.get("api/learners/" + result.getJsonObject("placement").getString("learner") + "/plan").statusCode());

        HttpResponse<String> late = postAnswer(learner, id, "1-1-full-sentence", "true");
        assertTrue(late.statusCode() == 422 || late.statusCode() == 200, "finished: refused, or the answer already given");

        // A second placement replaces the plan; modules proposed again keep their row (found by bench/placement-load).
        long again = start(learner, "{\"usedComputer\":true}").getJsonNumber("id").longValue();
        assertNotEquals(id, again, "a new placement once the last one is finished");
        answerToTheEnd(learner, again);
        JsonObject plan = Http.json(learner.get("api/placements/" + again + "/result")).asJsonObject().getJsonObject("plan");
        assertEquals(again, plan.getJsonNumber("placement").longValue(), "the plan of the new placement");
        assertFalse(plan.getJsonArray("steps").isEmpty());
    }

    /** Answers every item the placement asks, any response that fits; returns how many were asked. */
    private static int answerToTheEnd(Http learner, long id) {
        JsonObject item = Http.json(learner.get("api/placements/" + id + "/next")).asJsonObject();
        int answered = 0;
        while (item != null) {
            assertTrue(answered < 40, "the placement ends");
            JsonObject after = answer(learner, id, item.getString("key"), AnyResponse.to(item));
            answered++;
            item = after.containsKey("next") && after.get("next").getValueType() == JsonValue.ValueType.OBJECT ? after.getJsonObject("next") : null;
        }
        return answered;
    }

    @Test
    void aTrueBeginnerIsFinishedAtOnceWithTheStarterPath() {
        Http learner = learner("starter");
        JsonObject placement = start(learner, "{\"usedComputer\":false,\"usedSmartphone\":false,\"usedEmail\":false}");
        assertTrue(placement.getBoolean("finished"));
        assertTrue(placement.getBoolean("starterPath"));
        long id = placement.getJsonNumber("id").longValue();
        assertEquals(204, learner.get("api/placements/" + id + "/next").statusCode());
        JsonObject result = Http.json(learner.get("api/placements/" + id + "/result")).asJsonObject();
        List<String> modules = result.getJsonObject("plan").getJsonArray("steps").stream()
                .map(s -> s.asJsonObject().getString("module")).toList();
        assertEquals(List.of("mouse-keyboard-touch"), modules);
        assertEquals("STARTER", result.getJsonObject("plan").getJsonArray("steps").getJsonObject(0).getString("reason"));
        assertEquals(0, answersSaved(id));
    }

    @Test
    void anAnimateurAdjustsTheLearnersPlanAndTheLearnerCannot() {
        UUID learnerId = seed.person("plan" + u, "Paul", "Plan" + u, 1970, SECRET, "LEARNER", null, epn);
        seed.person("anim.plan" + u, "Ana", "Animatrice" + u, null, SECRET, "ANIMATEUR", epn, null);
        Http animateur = Http.signedIn(root, "anim.plan" + u, SECRET);
        Http learner = Http.signedIn(root, "plan" + u, SECRET);
        String plan = "api/learners/" + learnerId + "/plan";
        assertEquals(204, learner.get(plan).statusCode(), "no plan yet");

        for (String module : List.of("email-first-steps", "video-calls")) {
            assertEquals(200, postJson(animateur, plan + "/steps", "{\"module\":\"" + module + "\"}").statusCode());
        }
        HttpResponse<String> twice = postJson(animateur, plan + "/steps", "{\"module\":\"video-calls\"}");
        assertEquals("placement.refused.planHasModule", Http.json(twice).asJsonObject().getString("error"));
        assertEquals(403, postJson(learner, plan + "/steps", "{\"module\":\"free-software\"}").statusCode(), "the plan is advice");
        HttpResponse<String> moved = postJson(animateur, plan + "/steps/video-calls/move?by=-1", "");
        assertEquals(200, moved.statusCode(), moved.body());
        assertEquals("video-calls", Http.json(moved).asJsonObject().getJsonArray("steps").getJsonObject(0).getString("module"));
        assertEquals(200, animateur.delete(plan + "/steps/email-first-steps").statusCode());

        JsonObject seen = Http.json(learner.get(plan + "?lang=en")).asJsonObject();
        assertEquals(1, seen.getJsonArray("steps").size());
        assertEquals("ANIMATEUR", seen.getJsonArray("steps").getJsonObject(0).getString("reason"));
        assertEquals(403, staffOfAnotherEpn().get(plan).statusCode());
    }

    @Test
    void theOpenApiDocumentDescribesThePlacementApi() {
        HttpResponse<String> document = new Http(root).get("/openapi", "Accept", "application/json");
        assertEquals(200, document.statusCode());
        JsonObject paths = Json.createReader(new java.io.StringReader(document.body())).readObject().getJsonObject("paths");
        for (String path : List.of("/api/placements", "/api/placements/current", "/api/placements/{id}/next",
                "/api/placements/{id}/answers", "/api/placements/{id}/result", "/api/learners/{id}/plan")) {
            assertTrue(paths.containsKey(path), path + " in " + paths.keySet());
        }
        assertTrue(document.body().contains("PlacementItem"), "the item's schema is described");
    }

    private Http learner(String name) {
        seed.person(name + u, "Lina", name.substring(0, 1).toUpperCase() + name.substring(1) + u, 1965, SECRET, "LEARNER", null, epn);
        return Http.signedIn(root, name + u, SECRET);
    }

    private Http staffOfAnotherEpn() {
        UUID other = seed.epn("EPN Ailleurs " + u);
        String username = "anim.other" + Seed.unique();
        seed.person(username, "Otto", "Ailleurs" + u, null, SECRET, "ANIMATEUR", other, null);
        return Http.signedIn(root, username, SECRET);
    }

    private static JsonObject start(Http http, String body) {
        HttpResponse<String> started = postJson(http, "api/placements", body);
        assertEquals(200, started.statusCode(), started.body());
        return Http.json(started).asJsonObject();
    }

    private static JsonObject answer(Http http, long id, String item, String response) {
        HttpResponse<String> answered = postAnswer(http, id, item, response);
        assertEquals(200, answered.statusCode(), answered.body());
        return Http.json(answered).asJsonObject();
    }

    private static HttpResponse<String> postAnswer(Http http, long id, String item, String response) {
        String body = Json.createObjectBuilder().add("item", item).add("response", response).build().toString();
        return postJson(http, "api/placements/" + id + "/answers", body);
    }

    private static HttpResponse<String> postJson(Http http, String path, String body) {
        return http.post(path, "application/json", HttpRequest.BodyPublishers.ofString(body), Duration.ofSeconds(30));
    }

    private long answersSaved(long placement) {
        return seed.count("SELECT COUNT(a) FROM PlacementAnswer a WHERE a.placement.id = " + placement);
    }

    /** Every field, at any depth, whose name could carry the answer key. */
    private static List<String> secretFields(JsonValue value, String path) {
        List<String> found = new ArrayList<>();
        if (value instanceof JsonObject object) {
            object.forEach((name, inner) -> {
                if (SECRET_FIELDS.contains(name)) {
                    found.add(path + name);
                }
                found.addAll(secretFields(inner, path + name + "."));
            });
        } else if (value instanceof jakarta.json.JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                found.addAll(secretFields(array.get(i), path + i + "."));
            }
        }
        return found;
    }
}
