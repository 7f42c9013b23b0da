package be.epn.campus.it;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Seeds EPNs and people into an EAR deployed with {@link CampusDeployments#earWithFixtures()}, through
 * its fixture servlet. Names get a unique suffix so that test classes sharing one database never collide.
 */
public final class Seed {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final URI base;

    public Seed(URI base) {
        this.base = base;
    }

    /** A suffix unique in this test run, for names and usernames. */
    public static String unique() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
    }

    public UUID epn(String name) {
        return UUID.fromString(post("epn", Map.of("name", name)));
    }

    /** An EPN in {@code municipality}. */
    public UUID epn(String name, String municipality) {
        return UUID.fromString(post("epn", Map.of("name", name, "municipality", municipality)));
    }

    /** An animateur working at several EPNs. */
    public UUID animateurAt(String username, String given, String family, String secret, java.util.List<UUID> epns) {
        Map<String, String> parameters = identity(username, given, family, secret, "ANIMATEUR");
        parameters.put("staffAt", epns.stream().map(UUID::toString).collect(Collectors.joining(",")));
        return UUID.fromString(post("person", parameters));
    }

    /** A person signing in as {@code username} with {@code secret}; roles comma-separated. */
    public UUID person(String username, String given, String family, Integer birthYear, String secret, String roles,
                       UUID staffAt, UUID learnerAt) {
        Map<String, String> parameters = identity(username, given, family, secret, roles);
        if (birthYear != null) {
            parameters.put("birthYear", birthYear.toString());
        }
        if (staffAt != null) {
            parameters.put("staffAt", staffAt.toString());
        }
        if (learnerAt != null) {
            parameters.put("learnerAt", learnerAt.toString());
        }
        return UUID.fromString(post("person", parameters));
    }

    /** The fields every seeded person has: who they are, how they sign in, their roles. */
    private static Map<String, String> identity(String username, String given, String family, String secret, String roles) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("username", username);
        parameters.put("given", given);
        parameters.put("family", family);
        parameters.put("secret", secret);
        parameters.put("roles", roles);
        return parameters;
    }

    /** A learner known (with consent) at several EPNs, as after a visit to each desk. */
    public UUID learnerAt(String username, String given, String family, String secret, java.util.List<UUID> epns) {
        Map<String, String> parameters = identity(username, given, family, secret, "LEARNER");
        parameters.put("learnerAt", epns.stream().map(UUID::toString).collect(Collectors.joining(",")));
        return UUID.fromString(post("person", parameters));
    }

    /**
     * {@code count} finished placements of made-up learners who answer the same 30 items, the one at
     * {@code reversedIndex} the wrong way round (see the fixture); returns the ids of the items answered.
     */
    public java.util.List<String> finishedPlacements(int count, int reversedIndex) {
        return java.util.List.of(post("finished-placements", Map.of("count", String.valueOf(count),
                "reversed", String.valueOf(reversedIndex),
                "prefix", "calib" + unique())).split(","));
    }

    /** A JPQL count, e.g. {@code SELECT COUNT(p) FROM Person p}. */
    public long count(String jpql) {
        return Long.parseLong(send(HttpRequest.newBuilder(base.resolve("it-fixtures/count?jpql="
                + URLEncoder.encode(jpql, StandardCharsets.UTF_8))).GET().build()));
    }

    /** The rows of a JPQL query, one string each (columns joined by " | "), e.g. a module's key, version and hash. */
    public java.util.List<String> rows(String jpql) {
        String found = send(HttpRequest.newBuilder(base.resolve("it-fixtures/rows?jpql="
                + URLEncoder.encode(jpql, StandardCharsets.UTF_8))).GET().build());
        return found.isEmpty() ? java.util.List.of() : java.util.List.of(found.split("\n"));
    }

    /** The tables that refer to people, read from the database's foreign keys. */
    public java.util.List<String> tablesReferringToPeople() {
        return java.util.List.of(send(HttpRequest.newBuilder(base.resolve("it-fixtures/person-tables")).GET().build()).split(","));
    }

    /**
     * Evidence for {@code competences} (e.g. "1.1,1.2") of DigComp 2.2 at {@code level}, from {@code source}
     * (MODULE, QUIZ, TASK, PLACEMENT) with {@code autonomy} (ALONE, WITH_HELP or null), as if the learner had
     * learnt it; automatic certificates follow as in real life.
     */
    public void evidence(String username, String competences, int level, String source, String autonomy) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("username", username);
        parameters.put("framework", "digcomp-2.2");
        parameters.put("competences", competences);
        parameters.put("level", String.valueOf(level));
        parameters.put("source", source);
        parameters.put("autonomy", autonomy == null ? "" : autonomy);
        post("evidence", parameters);
    }

    /** How many of {@code count} random verification codes the register knows (see the fixture). */
    public long randomCodesFound(int count) {
        return Long.parseLong(send(HttpRequest.newBuilder(base.resolve("it-fixtures/random-codes?count=" + count)).GET().build()));
    }

    /** Where a text appears in the whole database: "table.column" names, empty when nowhere. */
    public java.util.List<String> whereTextIs(String text) {
        String found = send(HttpRequest.newBuilder(base.resolve("it-fixtures/text?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8))).GET().build());
        return found.isBlank() ? java.util.List.of() : java.util.List.of(found.split(","));
    }

    private String post(String what, Map<String, String> parameters) {
        String form = parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve("it-fixtures/" + what))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private static String send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Seeding failed (" + response.statusCode() + "): " + response.body());
            }
            return response.body().strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
