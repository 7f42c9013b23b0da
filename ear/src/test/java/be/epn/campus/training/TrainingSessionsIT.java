package be.epn.campus.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.it.CampusDeployments;
import be.epn.campus.it.Http;
import be.epn.campus.it.Seed;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 7: a session's seats under parallel registration (never more registered than seats, the rest in the
 * waiting line in order of arrival, a freed seat to the first in line), and the hours credited by attendance.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingSessionsIT {

    private static final String SECRET = "formation-continue-2026";
    private static final String CE_MODULE = "ce-including-vulnerable-publics";
    private static final String CE_CERTIFICATE = "epn-animateur-1.0-area-5-level-2";
    private static final int ANIMATEURS = 10;
    private static final int SEATS = 3;

    @ArquillianResource
    URL base;

    URI root;
    Seed seed;
    /** Makes this test's names unique: the server and its database are shared by every test. */
    String u;

    @BeforeEach
    void freshNames() throws Exception {
        root = base.toURI();
        seed = new Seed(root);
        u = Seed.unique();
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CampusDeployments.earWithFixtures();
    }

    @Test
    void parallelRegistrationsNeverExceedTheSeatsAndTheWaitingLineKeepsItsOrder() throws Exception {
        UUID north = seed.epn("EPN Nord " + u);
        UUID south = seed.epn("EPN Sud " + u);
        seed.person("trainer" + u, "Théo", "Formateur" + u, null, SECRET, "TRAINER", null, null);
        Http trainer = Http.signedIn(root, "trainer" + u, SECRET);
        List<Http> animateurs = new ArrayList<>();
        Map<Http, UUID> ids = new HashMap<>();
        for (int i = 0; i < ANIMATEURS; i++) {
            UUID id = seed.person("anim" + i + u, "Anim" + i, "Ateur" + u, null, SECRET, "ANIMATEUR", i % 2 == 0 ? north : south, null);
            Http http = Http.signedIn(root, "anim" + i + u, SECRET);
            animateurs.add(http);
            ids.put(http, id);
        }
        String session = plan(trainer, LocalDateTime.now().plusMinutes(40), SEATS);

        // Everyone presses "Register" at the same moment.
        ExecutorService pool = Executors.newFixedThreadPool(ANIMATEURS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (Http animateur : animateurs) {
            answers.add(pool.submit(() -> {
                start.await();
                return animateur.post("api/training/sessions/" + session + "/registration", "application/json",
                        HttpRequest.BodyPublishers.noBody(), Duration.ofSeconds(60));
            }));
        }
        start.countDown();
        Map<UUID, JsonObject> told = new HashMap<>();
        for (int i = 0; i < ANIMATEURS; i++) {
            HttpResponse<String> answer = answers.get(i).get();
            assertEquals(200, answer.statusCode(), answer.body());
            told.put(ids.get(animateurs.get(i)), Http.json(answer).asJsonObject());
        }
        pool.shutdown();

        JsonArray roster = roster(trainer, session);
        assertEquals(SEATS, count(roster, "REGISTERED"), roster.toString());
        assertEquals(ANIMATEURS - SEATS, count(roster, "WAITING"), roster.toString());
        assertEquals(SEATS, told.values().stream().filter(v -> v.getString("mine").equals("REGISTERED")).count(),
                "as many were told they have a seat as there are seats");
        // Each one waiting was told their place when they registered; the line kept that order: 1..7, no gap, no tie.
        List<Integer> places = new ArrayList<>();
        for (JsonObject line : roster.getValuesAs(JsonObject.class)) {
            if (line.getString("state").equals("WAITING")) {
                UUID who = UUID.fromString(line.getString("person"));
                assertEquals(told.get(who).getInt("myPlace"), line.getInt("place"), "the place told at registration is kept");
                places.add(line.getInt("place"));
            }
        }
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), places.stream().sorted().toList());
        JsonObject view = Http.json(trainer.get("api/training/sessions/" + session)).asJsonObject();
        assertEquals(SEATS, view.getInt("registered"));
        assertEquals(ANIMATEURS - SEATS, view.getInt("waiting"));

        // A seated animateur withdraws: the first in line takes the seat, everyone else moves up one.
        Http leaving = animateurs.stream().filter(a -> told.get(ids.get(a)).getString("mine").equals("REGISTERED")).findFirst().orElseThrow();
        UUID first = uuidAtPlace(roster, 1);
        assertEquals(200, leaving.delete("api/training/sessions/" + session + "/registration").statusCode());
        JsonArray after = roster(trainer, session);
        assertEquals(SEATS, count(after, "REGISTERED"));
        assertEquals("REGISTERED", line(after, first).getString("state"));
        assertEquals(1, line(after, uuidAtPlace(roster, 2)).getInt("place"));
    }

    @Test
    void attendanceCreditsTheSessionsHoursToThoseWhoCame() throws Exception {
        UUID north = seed.epn("EPN Nord " + u);
        UUID south = seed.epn("EPN Sud " + u);
        seed.person("trainer" + u, "Théo", "Formateur" + u, null, SECRET, "TRAINER", null, null);
        UUID anaId = seed.person("ana" + u, "Ana", "Nord" + u, null, SECRET, "ANIMATEUR", north, null);
        UUID bobId = seed.person("bob" + u, "Bob", "Sud" + u, null, SECRET, "ANIMATEUR", south, null);
        Http trainer = Http.signedIn(root, "trainer" + u, SECRET);
        Http ana = Http.signedIn(root, "ana" + u, SECRET);
        Http bob = Http.signedIn(root, "bob" + u, SECRET);
        LocalDateTime starts = LocalDateTime.now().plusMinutes(30).withNano(0);
        String session = plan(trainer, starts, 8);
        for (Http animateur : List.of(ana, bob)) {
            assertEquals(200, animateur.post("api/training/sessions/" + session + "/registration", "application/json",
                    HttpRequest.BodyPublishers.noBody(), Duration.ofSeconds(30)).statusCode());
        }
        int before = Http.json(ana.get("api/training/me")).asJsonObject().getInt("minutesThisYear");

        // A name that is not on the roster is refused and nothing is credited.
        HttpResponse<String> stranger = trainer.putJson("api/training/sessions/" + session + "/attendance",
                "{\"present\":{\"" + anaId + "\":true,\"" + UUID.randomUUID() + "\":true}}");
        assertEquals(422, stranger.statusCode(), stranger.body());
        assertEquals(before, Http.json(ana.get("api/training/me")).asJsonObject().getInt("minutesThisYear"));
        // Bob may not take attendance, even for himself.
        assertEquals(403, bob.putJson("api/training/sessions/" + session + "/attendance", "{\"present\":{\"" + bobId + "\":true}}").statusCode());

        HttpResponse<String> taken = trainer.putJson("api/training/sessions/" + session + "/attendance",
                "{\"present\":{\"" + anaId + "\":true,\"" + bobId + "\":false}}");
        assertEquals(200, taken.statusCode(), taken.body());
        JsonObject anaRecord = Http.json(trainer.get("api/training/animateurs/" + anaId + "?year=" + starts.getYear())).asJsonObject();
        JsonObject bobRecord = Http.json(bob.get("api/training/me")).asJsonObject();
        assertEquals(180, anaRecord.getJsonArray("sessions").getJsonObject(0).getInt("minutesCredited"));
        assertEquals(0, bobRecord.getJsonArray("sessions").getJsonObject(0).getInt("minutesCredited"));
        if (starts.getYear() == LocalDateTime.now().getYear()) {
            assertEquals(before + 180, anaRecord.getInt("minutesThisYear"));
        }
        // An animateur sees their own record only.
        assertEquals(403, bob.get("api/training/animateurs/" + anaId).statusCode());
        // The trainer corrects a mistake: Bob was there after all.
        assertEquals(200, trainer.putJson("api/training/sessions/" + session + "/attendance",
                "{\"present\":{\"" + bobId + "\":true}}").statusCode());
        assertEquals(180, Http.json(bob.get("api/training/me")).asJsonObject().getJsonArray("sessions").getJsonObject(0)
                .getInt("minutesCredited"));
        assertTrue(seed.count("SELECT COUNT(e) FROM AuditEvent e WHERE e.action = be.epn.campus.platform.audit.AuditAction.TAKE_ATTENDANCE"
                + " AND e.subject.username = 'bob" + u + "'") >= 2);
    }

    /**
     * A session's plan changes until it starts, by its trainer only: fewer seats than animateurs seated is refused
     * (nobody loses a seat), more seats seat the waiting line in its order.
     */
    @Test
    void aSessionChangesBeforeItStartsAndNewSeatsGoToTheWaitingLineInOrder() throws Exception {
        UUID epn = seed.epn("EPN Report " + u);
        seed.person("trainer" + u, "Théo", "Formateur" + u, null, SECRET, "TRAINER", null, null);
        seed.person("other" + u, "Otto", "Formateur" + u, null, SECRET, "TRAINER", null, null);
        List<UUID> arrivals = new ArrayList<>();
        for (String name : List.of("a", "b", "c", "d")) {
            arrivals.add(seed.person(name + u, name.toUpperCase(), "Anim" + u, null, SECRET, "ANIMATEUR", epn, null));
        }
        Http trainer = Http.signedIn(root, "trainer" + u, SECRET);
        LocalDateTime starts = LocalDateTime.now().plusDays(3).withNano(0);
        String session = plan(trainer, starts, 2);
        for (String name : List.of("a", "b", "c", "d")) {
            assertEquals(200, Http.signedIn(root, name + u, SECRET).post("api/training/sessions/" + session + "/registration",
                    "application/json", HttpRequest.BodyPublishers.noBody(), Duration.ofSeconds(30)).statusCode());
        }
        String path = "api/training/sessions/" + session;

        assertEquals(403, Http.signedIn(root, "other" + u, SECRET).putJson(path, change(starts, 5, epn)).statusCode(),
                "another trainer's session");
        assertEquals(403, Http.signedIn(root, "a" + u, SECRET).putJson(path, change(starts, 5, epn)).statusCode(), "an animateur");
        HttpResponse<String> fewer = trainer.putJson(path, change(starts, 1, epn));
        assertEquals(422, fewer.statusCode(), fewer.body());
        assertEquals("training.refused.fewerSeats", Http.json(fewer).asJsonObject().getString("error"));
        assertEquals(2, count(roster(trainer, session), "REGISTERED"), "a refused change changes nothing");

        HttpResponse<String> more = trainer.putJson(path, change(starts.plusDays(1), 3, epn));
        assertEquals(200, more.statusCode(), more.body());
        JsonObject changed = Http.json(more).asJsonObject();
        assertEquals(3, changed.getInt("capacity"));
        assertEquals(epn.toString(), changed.getString("epnUuid"));
        assertEquals(starts.plusDays(1).toString(), changed.getString("startsAt").substring(0, starts.toString().length()));
        JsonArray roster = roster(trainer, session);
        assertEquals(3, count(roster, "REGISTERED"));
        assertEquals("REGISTERED", line(roster, arrivals.get(2)).getString("state"), "the first in line took the new seat");
        assertEquals(arrivals.get(3), uuidAtPlace(roster, 1), "the second in line is now first");

        String started = plan(trainer, LocalDateTime.now().minusMinutes(10), 4);
        HttpResponse<String> late = trainer.putJson("api/training/sessions/" + started, change(starts, 5, epn));
        assertEquals(422, late.statusCode(), late.body());
        assertEquals("training.refused.started", Http.json(late).asJsonObject().getString("error"));
    }

    /**
     * Continuing education is for animateurs: its module is not a learner's next step nor a column of the learners'
     * grid, and its certificate is not among a learner's certificates to come; the animateur's record points to it.
     */
    @Test
    void continuingEducationStaysOutOfLearnersPathsAndCertificates() throws Exception {
        UUID epn = seed.epn("EPN Publics " + u);
        UUID learner = seed.person("lea" + u, "Léa", "Apprenante" + u, 1960, SECRET, "LEARNER", null, epn);
        UUID animateur = seed.person("anim" + u, "Ana", "Animatrice" + u, null, SECRET, "ANIMATEUR", epn, null);
        Http lea = Http.signedIn(root, "lea" + u, SECRET);
        Http ana = Http.signedIn(root, "anim" + u, SECRET);

        String path = lea.get("learn/").body();
        assertTrue(path.contains("module.xhtml?m="), "the path offers modules");
        assertFalse(path.contains("m=" + CE_MODULE), "but not the animateurs' module");
        String grid = ana.get("desk/progress.xhtml").body();
        assertTrue(grid.contains("data-module="), "the learners' grid has module columns");
        assertFalse(grid.contains("data-module=\"" + CE_MODULE + "\""), "but none for the animateurs' module");
        String catalogue = lea.get("modules/").body();
        int card = catalogue.indexOf("<li class=\"module-card\" data-module=\"" + CE_MODULE + "\"");
        assertTrue(card >= 0, "the catalogue lists every module");
        assertTrue(catalogue.substring(card, catalogue.indexOf("</li>", card)).contains("data-audience=\"animateurs\""),
                "and says which are for animateurs");

        assertFalse(types(lea, learner).contains(CE_CERTIFICATE), "a learner is not offered the animateurs' certificate");
        assertTrue(types(ana, animateur).contains(CE_CERTIFICATE), "an animateur is");
        HttpResponse<String> issued = ana.post("api/learners/" + learner + "/certificates", "application/json",
                HttpRequest.BodyPublishers.ofString("{\"type\":\"" + CE_CERTIFICATE + "\"}"), Duration.ofSeconds(30));
        assertEquals(422, issued.statusCode(), issued.body());
        assertEquals("certificate.refused.animateursOnly", Http.json(issued).asJsonObject().getString("error"));
        JsonObject record = Http.json(ana.get("api/training/me")).asJsonObject();
        assertTrue(record.getJsonArray("toFollow").getValuesAs(JsonObject.class).stream()
                .anyMatch(m -> m.getString("key").equals(CE_MODULE)), record.toString());
    }

    private static List<String> types(Http http, UUID person) {
        HttpResponse<String> answer = http.get("api/learners/" + person + "/certificates");
        assertEquals(200, answer.statusCode(), answer.body());
        return Http.json(answer).asJsonObject().getJsonArray("eligibility").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("type")).toList();
    }

    private static String change(LocalDateTime starts, int seats, UUID epn) {
        return "{\"title\":\"Accompagner un public qui lit peu (reporté)\",\"language\":\"fr\",\"startsAt\":\"" + starts
                + "\",\"endsAt\":\"" + starts.plusHours(2) + "\",\"epn\":\"" + epn + "\",\"capacity\":" + seats + "}";
    }

    /**
     * The coordinator's view against a hand-computed example, on the test server's invented figures
     * (ear/src/test/resources/population/testregion-2024.json: Itville 40,000, Ithameau/Itgehucht 15,000).
     * Itville: 3 animateurs (one works at both of its EPNs: counted once) → 3 × 10,000 / 40,000 = 0.75.
     * Ithameau, written in Dutch on its EPN: 1 → 10,000 / 15,000 = 0.6667. Hours: Ana attended 180 minutes, Bob
     * nothing → EPN Itville-Nord averages 90 minutes, below the 12-hour minimum.
     */
    @Test
    void theCoordinatorsRatioMatchesAHandComputedExample() throws Exception {
        UUID north = seed.epn("EPN Itville-Nord " + u, "Itville");
        UUID south = seed.epn("EPN Itville-Sud " + u, "ITVILLE");
        UUID village = seed.epn("EPN Ithameau " + u, "Itgehucht");
        seed.person("coord" + u, "Chloé", "Coordinatrice" + u, null, SECRET, "COORDINATOR", null, null);
        seed.person("trainer" + u, "Théo", "Formateur" + u, null, SECRET, "TRAINER", null, null);
        UUID ana = seed.person("ana" + u, "Ana", "Nord" + u, null, SECRET, "ANIMATEUR", north, null);
        seed.animateurAt("bob" + u, "Bob", "Deux" + u, SECRET, List.of(north, south));
        seed.person("cleo" + u, "Cléo", "Sud" + u, null, SECRET, "ANIMATEUR", south, null);
        seed.person("dirk" + u, "Dirk", "Dorp" + u, null, SECRET, "ANIMATEUR", village, null);
        Http trainer = Http.signedIn(root, "trainer" + u, SECRET);
        String session = plan(trainer, LocalDateTime.now().plusMinutes(30), 5);
        assertEquals(200, Http.signedIn(root, "ana" + u, SECRET).post("api/training/sessions/" + session + "/registration",
                "application/json", HttpRequest.BodyPublishers.noBody(), Duration.ofSeconds(30)).statusCode());
        assertEquals(200, trainer.putJson("api/training/sessions/" + session + "/attendance",
                "{\"present\":{\"" + ana + "\":true}}").statusCode());

        Http coordinator = Http.signedIn(root, "coord" + u, SECRET);
        int year = LocalDateTime.now().plusMinutes(30).getYear();
        HttpResponse<String> answer = coordinator.get("api/training/network?year=" + year);
        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject network = Http.json(answer).asJsonObject();
        Map<String, JsonObject> ratios = new HashMap<>();
        network.getJsonArray("municipalities").getValuesAs(JsonObject.class).forEach(r -> ratios.put(r.getString("code"), r));
        assertEquals(3, ratios.get("99001").getInt("animateurs"));
        assertEquals(0.75, ratios.get("99001").getJsonNumber("perTenThousand").doubleValue(), 1e-9);
        assertEquals(1, ratios.get("99002").getInt("animateurs"));
        assertEquals(0.6667, ratios.get("99002").getJsonNumber("perTenThousand").doubleValue(), 1e-4);
        JsonObject nord = network.getJsonArray("epns").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("name").equals("EPN Itville-Nord " + u)).findFirst().orElseThrow();
        assertEquals(90, nord.getInt("averageMinutes"));
        assertTrue(nord.getBoolean("belowMinimum"));
        assertTrue(network.getString("populationSource").contains("integration tests"));
        assertEquals(403, trainer.get("api/training/network").statusCode(), "coordinators only");
        // The coordinator's page says the same.
        HttpResponse<String> page = coordinator.get("training/network.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("data-code=\"99001\" data-ratio=\"0.75\""), "Itville at 0.75 on the page");
        assertTrue(page.body().contains("data-code=\"99002\" data-ratio=\"0.67\""), "Ithameau at 0.67 on the page");
        assertEquals(403, trainer.get("training/network.xhtml").statusCode());
    }

    private static String plan(Http trainer, LocalDateTime starts, int seats) {
        LocalDateTime start = starts.withNano(0);
        HttpResponse<String> planned = trainer.post("api/training/sessions", "application/json", HttpRequest.BodyPublishers.ofString(
                "{\"title\":\"Accompagner un public qui lit peu\",\"language\":\"fr\",\"startsAt\":\"" + start + "\",\"endsAt\":\""
                        + start.plusHours(3) + "\",\"place\":\"Maison de la formation, rue Royale 1\",\"capacity\":" + seats + "}"),
                Duration.ofSeconds(30));
        assertEquals(200, planned.statusCode(), planned.body());
        return Http.json(planned).asJsonObject().getString("uuid");
    }

    private static JsonArray roster(Http trainer, String session) {
        HttpResponse<String> answer = trainer.get("api/training/sessions/" + session + "/roster");
        assertEquals(200, answer.statusCode(), answer.body());
        return Http.json(answer).asJsonArray();
    }

    private static long count(JsonArray roster, String state) {
        return roster.getValuesAs(JsonObject.class).stream().filter(l -> l.getString("state").equals(state)).count();
    }

    private static UUID uuidAtPlace(JsonArray roster, int place) {
        return roster.getValuesAs(JsonObject.class).stream().filter(l -> l.getInt("place") == place && l.getString("state").equals("WAITING"))
                .map(l -> UUID.fromString(l.getString("person"))).findFirst().orElseThrow();
    }

    private static JsonObject line(JsonArray roster, UUID person) {
        return roster.getValuesAs(JsonObject.class).stream().filter(l -> l.getString("person").equals(person.toString()))
                .findFirst().orElseThrow();
    }
}
