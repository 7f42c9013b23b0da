package be.epn.campus.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import be.epn.campus.it.AccessMatrix;
import be.epn.campus.it.AccessMatrix.Row;
import be.epn.campus.it.CampusDeployments;
import be.epn.campus.it.DeployedSurface;
import be.epn.campus.it.DeployedSurface.Endpoint;
import be.epn.campus.it.Http;
import be.epn.campus.it.Seed;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The authorization matrix of {@code docs/authorization.md}, proved over HTTP against the EAR that ships:
 * every page and endpoint for every role (visitors included), nothing deployed without a row, the EPN
 * boundary, the learner who changes an id, and forms that cannot be posted from elsewhere.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationIT {

    private static final String SECRET = "authorization-secret";

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
        epn = seed.epn("EPN Autorisations " + u);
    }

    @Test
    void theMatrixListsEveryDeployedPageAndEndpointAndNothingElse() {
        AccessMatrix matrix = AccessMatrix.fromCheckout();
        DeployedSurface deployed = DeployedSurface.of(CampusDeployments.ear());

        List<String> unlisted = new ArrayList<>();
        for (String page : deployed.pages()) {
            if (matrix.rows().stream().noneMatch(r -> r.isPage() && r.view().equals(page))) {
                unlisted.add("page " + page);
            }
        }
        for (Endpoint endpoint : deployed.endpoints()) {
            if (matrix.rows().stream().noneMatch(r -> endpoint.serves(r.method(), r.resource()))) {
                unlisted.add("endpoint " + endpoint);
            }
        }
        List<String> gone = matrix.rows().stream().filter(r -> !isDeployed(r, deployed)).map(Row::toString).toList();

        StringBuilder problems = new StringBuilder();
        if (!unlisted.isEmpty()) {
            problems.append("Deployed but not in docs/authorization.md (add a row):\n  ").append(String.join("\n  ", unlisted)).append('\n');
        }
        if (!gone.isEmpty()) {
            problems.append("In docs/authorization.md but not deployed:\n  ").append(String.join("\n  ", gone)).append('\n');
        }
        if (!problems.isEmpty()) {
            fail(problems.toString());
        }
    }

    @Test
    void everyRoleGetsWhatTheMatrixSaysOnEveryPageAndEndpoint() {
        AccessMatrix matrix = AccessMatrix.fromCheckout();
        DeployedSurface deployed = DeployedSurface.of(CampusDeployments.ear());
        seed.person("learner.one" + u, "Lina", "Apprenante" + u, 1961, SECRET, "LEARNER", null, epn);
        UUID other = seed.person("learner.two" + u, "Omar", "Apprenant" + u, 1990, SECRET, "LEARNER", null, epn);
        seed.person("animateur" + u, "Ana", "Animatrice" + u, null, SECRET, "ANIMATEUR", epn, null);
        seed.person("trainer" + u, "Théo", "Formateur" + u, null, SECRET, "TRAINER", null, null);
        seed.person("coordinator" + u, "Chloé", "Coordinatrice" + u, null, SECRET, "COORDINATOR", null, null);

        Map<String, Http> visitors = new LinkedHashMap<>();
        visitors.put("anonymous", new Http(root));
        visitors.put("learner", Http.signedIn(root, "learner.one" + u, SECRET));
        visitors.put("animateur", Http.signedIn(root, "animateur" + u, SECRET));
        visitors.put("trainer", Http.signedIn(root, "trainer" + u, SECRET));
        visitors.put("coordinator", Http.signedIn(root, "coordinator" + u, SECRET));
        Map<String, String> values = new LinkedHashMap<>(caseIdentifiers(visitors.get("anonymous")));
        values.put("learner", other.toString());
        values.put("epn", epn.toString());
        values.put("placement", assistedPlacement(visitors.get("animateur"), other));
        values.put("certificate", certificateOf("learner.two" + u));

        List<String> mismatches = new ArrayList<>();
        int walked = 0;
        // Reading first; then each row that may change or erase something, with a learner of its own.
        List<Row> rows = new ArrayList<>(matrix.rows());
        rows.sort(Comparator.comparing((Row r) -> !r.method().equals("GET")));
        for (Row row : rows) {
            if (!isDeployed(row, deployed)) {
                continue; // reported by theMatrixListsEveryDeployedPageAndEndpointAndNothingElse
            }
            if (!row.method().equals("GET")) {
                values.put("learner", seed.person("learner.w" + walked + u, "Wendy", "Jetable" + u, 1980, SECRET, "LEARNER", null, epn).toString());
            }
            String path = row.fill(values);
            for (String role : AccessMatrix.ROLES) {
                HttpResponse<String> answer = send(visitors.get(role), row.method(), path);
                String problem = Answers.judge(row, role, answer);
                if (problem != null) {
                    mismatches.add(row + " as " + role + (path.equals(row.path()) ? "" : " (" + path + ")") + ": " + problem);
                }
                walked++;
            }
        }
        assertTrue(walked > 0, "nothing was walked");
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " of " + walked + " answers differ from docs/authorization.md:\n  "
                    + String.join("\n  ", mismatches));
        }
    }

    @Test
    void anAnimateurOfEpnAIsRefusedALearnerKnownOnlyAtEpnB() {
        UUID epnB = seed.epn("EPN B " + u);
        seed.person("anim.a" + u, "Anne", "Animatrice" + u, null, SECRET, "ANIMATEUR", epn, null);
        UUID atA = seed.person("learn.a" + u, "Alice", "Ici" + u, 1980, SECRET, "LEARNER", null, epn);
        UUID atB = seed.person("learn.b" + u, "Bruno", "Ailleurs" + u, 1975, SECRET, "LEARNER", null, epnB);
        Http animateur = Http.signedIn(root, "anim.a" + u, SECRET);

        for (String address : List.of("desk/learner.xhtml?id=%s", "api/people/%s", "api/people/%s/card")) {
            assertEquals(200, animateur.get(address.formatted(atA)).statusCode(), "a learner of EPN A: " + address);
            HttpResponse<String> refused = animateur.get(address.formatted(atB));
            assertEquals(403, refused.statusCode(), "a learner known only at EPN B: " + address);
            assertFalse(refused.body().contains("Ailleurs" + u), "the refusal names nobody: " + address);
        }
    }

    @Test
    void aLearnerIsRefusedAnotherLearnersDataOnEveryAddressTakingAnId() {
        UUID epnB = seed.epn("EPN B " + u);
        seed.person("me" + u, "Mia", "Moi" + u, 1970, SECRET, "LEARNER", null, epn);
        UUID sameEpn = seed.person("neighbour" + u, "Nina", "Voisine" + u, 1971, SECRET, "LEARNER", null, epn);
        UUID elsewhere = seed.person("stranger" + u, "Sam", "Inconnu" + u, 1972, SECRET, "LEARNER", null, epnB);
        Http learner = Http.signedIn(root, "me" + u, SECRET);
        List<Row> withId = AccessMatrix.fromCheckout().rows().stream().filter(r -> r.takes("learner")).toList();
        assertTrue(withId.size() >= 5, "the matrix lists the addresses that take a learner's id: " + withId);

        List<String> leaks = new ArrayList<>();
        for (UUID someoneElse : List.of(sameEpn, elsewhere)) {
            for (Row row : withId) {
                String path = row.fill(Map.of("learner", someoneElse.toString()));
                HttpResponse<String> answer = send(learner, row.method(), path);
                if (answer.statusCode() != 403) {
                    leaks.add(path + " answered " + answer.statusCode());
                } else if (answer.body().contains("Voisine" + u) || answer.body().contains("Inconnu" + u)) {
                    leaks.add(path + " refused but named the other learner");
                }
            }
        }
        assertTrue(leaks.isEmpty(), "a learner reached another learner's data:\n  " + String.join("\n  ", leaks));
        assertTrue(learner.get("api/me").body().contains("Moi" + u), "their own data stays reachable");
    }

    @Test
    void anAnimateurCannotTakeOverAStaffAccountThroughItsLearnerPlace() {
        UUID elsewhere = seed.epn("EPN C " + u);
        seed.person("anim.desk" + u, "Dora", "Animatrice" + u, null, SECRET, "ANIMATEUR", epn, null);
        UUID boss = seed.person("boss" + u, "Bea", "Cheffe" + u, 1975, SECRET, "COORDINATOR,LEARNER", null, epn);
        UUID colleague = seed.person("colleague" + u, "Cora", "Collegue" + u, 1985, SECRET, "ANIMATEUR,LEARNER", elsewhere, epn);
        Http animateur = Http.signedIn(root, "anim.desk" + u, SECRET);

        List<String> takenOver = new ArrayList<>();
        for (String staff : List.of("boss", "colleague")) {
            UUID id = staff.equals("boss") ? boss : colleague;
            String stolen = "repris par la bande " + u;
            HttpResponse<String> reset = animateur.submit("desk/learner.xhtml?id=" + id, "secret",
                    Map.of("secret:newSecret", stolen, "secret:submit", "x"));
            if (signsIn(staff + u, stolen)) {
                takenOver.add(staff + ": the animateur's new secret opens the account (reset answered " + reset.statusCode() + ")");
            } else if (reset.statusCode() != 403) {
                takenOver.add(staff + ": the reset answered " + reset.statusCode() + " instead of 403");
            }
            int card = animateur.get("api/people/" + id + "/card").statusCode();
            if (card != 403) {
                takenOver.add(staff + ": the card answered " + card + " instead of 403");
            }
        }
        assertTrue(takenOver.isEmpty(), "staff accounts are managed by coordinators only:\n  " + String.join("\n  ", takenOver));
        assertTrue(signsIn("boss" + u, SECRET) && signsIn("colleague" + u, SECRET), "their own secrets still work");
    }

    @Test
    void theNewLearnerFormCannotBePostedWithoutItsViewStateNorFromAnotherSite() {
        seed.person("anim.csrf" + u, "Carla", "Animatrice" + u, null, SECRET, "ANIMATEUR", epn, null);
        Http animateur = Http.signedIn(root, "anim.csrf" + u, SECRET);
        String page = "desk/new-learner.xhtml";
        String ours = "SELECT COUNT(p) FROM Person p WHERE p.familyName LIKE 'Csrf" + u + "%'";
        long everyone = seed.count("SELECT COUNT(p) FROM Person p");

        List<String> problems = new ArrayList<>();
        HttpResponse<String> bare = animateur.post(page, NewLearnerPost.fields(u, "A", null));
        // Faces takes a post without view state for a first visit: the empty form again, nothing applied.
        if (bare.statusCode() < 400 && (bare.statusCode() != 200 || bare.body().contains("Csrf" + u))) {
            int at = Math.max(0, bare.body().indexOf("Csrf" + u) - 200);
            problems.add("without view state: answered " + bare.statusCode() + " and used the posted fields: "
                    + bare.body().substring(at, Math.min(bare.body().length(), at + 300)));
        }
        Map<String, HttpResponse<String>> refused = new LinkedHashMap<>();
        refused.put("with a forged view state", animateur.post(page, NewLearnerPost.fields(u, "B", "-4812346:9876543210123")));
        refused.put("from another site", animateur.post(page, NewLearnerPost.fields(u, "C", NewLearnerPost.viewState(animateur, page)),
                "Origin", "https://evil.example", "Referer", "https://evil.example/", "Sec-Fetch-Site", "cross-site"));
        refused.put("from another site, older browser", animateur.post(page,
                NewLearnerPost.fields(u, "D", NewLearnerPost.viewState(animateur, page)), "Origin", "https://evil.example"));
        refused.forEach((how, answer) -> {
            if (answer.statusCode() < 400 || answer.body().contains("id=\"learner\"")) {
                problems.add(how + ": answered " + answer.statusCode() + " instead of an error page");
            }
        });
        refused.put("without view state", bare);
        refused.forEach((how, answer) -> {
            if (Answers.showsStackTrace(answer.body())) {
                problems.add(how + ": the answer shows a stack trace");
            }
        });
        assertEquals(0, seed.count(ours), "a learner was created by a forged post; " + problems);
        assertEquals(everyone, seed.count("SELECT COUNT(p) FROM Person p"), "no one was created");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertEquals(403, refused.get("from another site").statusCode());

        // The same post from the page itself creates the learner: the refusals above are the protection.
        HttpResponse<String> genuine = animateur.post(page, NewLearnerPost.fields(u, "E", NewLearnerPost.viewState(animateur, page)),
                "Origin", root.getScheme() + "://" + root.getRawAuthority(), "Sec-Fetch-Site", "same-origin");
        assertEquals(302, genuine.statusCode(), genuine.body());
        assertEquals(1, seed.count(ours));
    }

    @Test
    void aSecretTypedInAFormNeverComesBackInThePage() {
        seed.person("anim.echo" + u, "Emma", "Animatrice" + u, null, SECRET, "ANIMATEUR", epn, null);
        String wrong = "presque le bon secret " + u;
        HttpResponse<String> login = new Http(root).submit("login.xhtml", "login", Map.of(
                "login:username", "anim.echo" + u, "login:secret", wrong, "login:submit", "x", "next", ""));
        assertEquals(200, login.statusCode());
        assertFalse(login.body().contains(wrong.replace(' ', '+')) || login.body().contains(wrong), "the login page repeats the secret");

        Http animateur = Http.signedIn(root, "anim.echo" + u, SECRET);
        Map<String, String> incomplete = NewLearnerPost.fields(u, "F", NewLearnerPost.viewState(animateur, "desk/new-learner.xhtml"));
        incomplete.remove("learner:language");
        HttpResponse<String> refused = animateur.post("desk/new-learner.xhtml", incomplete);
        assertEquals(200, refused.statusCode());
        String secret = incomplete.get("learner:secret");
        assertFalse(refused.body().contains(secret.replace(' ', '+')) || refused.body().contains(secret),
                "the desk form repeats the learner's secret");
    }

    private boolean signsIn(String username, String secret) {
        try {
            Http.signedIn(root, username, secret);
            return true;
        } catch (IllegalStateException refused) {
            return false;
        }
    }

    private static boolean isDeployed(Row row, DeployedSurface deployed) {
        if (row.isPage()) {
            return deployed.pages().contains(row.view());
        }
        if (row.isApi()) {
            return deployed.endpoints().stream().anyMatch(e -> e.serves(row.method(), row.resource()));
        }
        return true; // served by the server itself (e.g. /health/ready): walked, not discovered
    }

    /** A placement of the learner, run by the animateur beside them: a real id for {placement}. */
    private static String assistedPlacement(Http animateur, UUID learner) {
        HttpResponse<String> started = animateur.post("api/placements", "application/json",
                HttpRequest.BodyPublishers.ofString("{\"usedComputer\":true,\"learner\":\"" + learner + "\"}"), Duration.ofSeconds(30));
        assertEquals(200, started.statusCode(), "the assisted placement of {learner}: " + started.body());
        return Long.toString(Http.json(started).asJsonObject().getJsonNumber("id").longValue());
    }

    /** A certificate of the learner, issued by the platform itself: evidence for area 1 at level 2, from quizzes. */
    private String certificateOf(String username) {
        seed.evidence(username, "1.1,1.2,1.3", 2, "QUIZ", null);
        List<String> issued = seed.rows("SELECT c.uuid FROM Certificate c WHERE c.person.username = '" + username + "'");
        assertEquals(1, issued.size(), "the automatic certificate of {certificate}: " + issued);
        return issued.get(0).strip();
    }

    /** Real CASE identifiers of DigComp, so that "allow" means the data comes back, not a 404. */
    private static Map<String, String> caseIdentifiers(Http http) {
        HttpResponse<String> answer = http.get("api/frameworks/digcomp-2.2/case");
        assertEquals(200, answer.statusCode(), "DigComp's CASE package");
        JsonObject cfPackage = Http.json(answer).asJsonObject();
        return Map.of(
                "caseDocument", cfPackage.getJsonObject("CFDocument").getString("identifier"),
                "caseItem", cfPackage.getJsonArray("CFItems").getJsonObject(0).getString("identifier"),
                "caseAssociation", cfPackage.getJsonArray("CFAssociations").getJsonObject(0).getString("identifier"),
                "caseLicense", cfPackage.getJsonObject("CFDefinitions").getJsonArray("CFLicenses").getJsonObject(0).getString("identifier"));
    }

    private static HttpResponse<String> send(Http http, String method, String path) {
        String relative = path.substring(1);
        return switch (method) {
            case "GET" -> http.get(relative);
            case "POST" -> http.post(relative, Map.of());
            case "DELETE" -> http.delete(relative);
            default -> throw new IllegalStateException("No way to walk " + method + " " + path + " yet");
        };
    }
}
