/*
 * EPN Campus, placement load check (issue 5). Not part of the build, the tests or CI: run it by hand with
 * bench/placement-load (see docs/measurements.md, "Placement load check (issue 5)").
 *
 * The acceptance criterion it checks: 200 learners start a placement in the same second against a running server,
 * then answer with a 5-second think time for 5 minutes; no error, and the p95 latency of "answer + next item".
 *
 *   create   creates the learner accounts (bench.pl.0000 ...) with a PIN directly in the running server's MariaDB
 *            database (replaces an earlier run's)
 *   run      signs every learner in over HTTP (as a browser: login page, then its form), then releases them all at
 *            once: each starts (or resumes) a placement over the API and answers item after item, waiting the think
 *            time between a response and the next answer; a placement that finishes is followed by a new one, so the
 *            load stays the same until the end; prints the figures
 *   clean    deletes the accounts and everything the run made for them
 *   all      clean, create, run, clean (the default)
 *
 * "answer + next item" is one request: POST /api/placements/{id}/answers saves the answer and returns the next
 * item. Any answer that fits the item is sent (a choice drawn at random), so learners end at different levels.
 *
 * Settings come from the environment, as for bin/campus: CAMPUS_DB_URL (jdbc:mariadb://...), CAMPUS_DB_USER,
 * CAMPUS_DB_PASSWORD, CAMPUS_PORT_BASE (HTTP = base + 80) or BENCH_URL; BENCH_LEARNERS (200), BENCH_SECONDS (300),
 * BENCH_THINK_MS (5000), BENCH_SIGNIN_THREADS (4), BENCH_SEED (2026). Arguments after the command override the first
 * three: bench/placement-load all 20 30 2000 (20 learners, 30 seconds, 2-second think time).
 *
 * A single-file Java program: java -cp mariadb-java-client.jar bench/PlacementLoadBench.java [all|create|run|clean] ...
 */

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

public class PlacementLoadBench {

    static final String PREFIX = "bench.pl.";
    static final String PIN = "583914";
    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    static final Pattern STRING_FIELD = Pattern.compile("\"(%s)\":\"((?:[^\"\\\\]|\\\\.)*)\"");

    final String dbUrl = env("CAMPUS_DB_URL", "jdbc:mariadb://127.0.0.1:3306/campus");
    final String dbUser = env("CAMPUS_DB_USER", "campus");
    final String dbPassword = System.getenv().getOrDefault("CAMPUS_DB_PASSWORD", "campus");
    final URI base = URI.create(env("BENCH_URL", "http://localhost:" + (Integer.parseInt(env("CAMPUS_PORT_BASE", "8000")) + 80) + "/"));
    final int signInThreads = Integer.parseInt(env("BENCH_SIGNIN_THREADS", "4"));
    final long seed = Long.parseLong(env("BENCH_SEED", "2026"));
    int learners = Integer.parseInt(env("BENCH_LEARNERS", "200"));
    int seconds = Integer.parseInt(env("BENCH_SECONDS", "300"));
    long thinkMillis = Long.parseLong(env("BENCH_THINK_MS", "5000"));

    public static void main(String[] args) throws Exception {
        PlacementLoadBench bench = new PlacementLoadBench();
        String what = args.length == 0 ? "all" : args[0];
        if (args.length > 1) {
            bench.learners = Integer.parseInt(args[1]);
        }
        if (args.length > 2) {
            bench.seconds = Integer.parseInt(args[2]);
        }
        if (args.length > 3) {
            bench.thinkMillis = Long.parseLong(args[3]);
        }
        switch (what) {
            case "create" -> bench.create();
            case "run" -> bench.run();
            case "clean" -> bench.clean();
            case "all" -> {
                bench.create();
                try {
                    bench.run();
                } finally {
                    bench.clean();
                }
            }
            default -> {
                System.err.println("Usage: PlacementLoadBench [all|create|run|clean] [learners] [seconds] [think ms]");
                System.exit(2);
            }
        }
    }

    // ------------------------------------------------------------------------------------------- accounts

    Connection connect() throws SQLException {
        if (!dbUrl.startsWith("jdbc:mariadb:")) {
            throw new IllegalStateException("CAMPUS_DB_URL must be a MariaDB URL (jdbc:mariadb://...), not " + dbUrl);
        }
        return DriverManager.getConnection(dbUrl, dbUser, dbPassword);
    }

    /** The learners, with one PIN hash for all (hashing 200 times would only slow the set-up). */
    void create() throws Exception {
        long start = System.nanoTime();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        String hash = pbkdf2(PIN);
        try (Connection db = connect()) {
            db.setAutoCommit(false);
            clean(db);
            try (PreparedStatement person = db.prepareStatement("INSERT INTO person (uuid, given_name, family_name, search_key,"
                    + " birth_year, preferred_language, username, status, created_at, row_version)"
                    + " VALUES (?, 'Bench', ?, ?, 1970, 'fr', ?, 'ACTIVE', ?, 0)")) {
                for (int i = 0; i < learners; i++) {
                    String family = String.format(Locale.ROOT, "Placement %04d", i);
                    person.setString(1, UUID.randomUUID().toString());
                    person.setString(2, family);
                    person.setString(3, "bench " + family.toLowerCase(Locale.ROOT));
                    person.setString(4, username(i));
                    person.setTimestamp(5, Timestamp.valueOf(now));
                    person.addBatch();
                }
                person.executeBatch();
            }
            String ours = "SELECT id FROM person WHERE username LIKE 'bench.pl.%'";
            try (Statement sql = db.createStatement()) {
                sql.executeUpdate("INSERT INTO person_role (person_id, role) SELECT id, 'LEARNER' FROM (" + ours + ") p");
            }
            try (PreparedStatement credential = db.prepareStatement("INSERT INTO credential (person_id, secret_hash, secret_kind,"
                    + " failed_attempts, lock_count, changed_at, row_version) SELECT id, ?, 'PIN', 0, 0, ?, 0 FROM (" + ours + ") p")) {
                credential.setString(1, hash);
                credential.setTimestamp(2, Timestamp.valueOf(now));
                credential.executeUpdate();
            }
            db.commit();
        }
        System.out.printf(Locale.ROOT, "create: %d learners %s0000... with a PIN in %.1f s%n", learners, PREFIX, seconds(start));
    }

    void clean() throws SQLException {
        try (Connection db = connect()) {
            db.setAutoCommit(false);
            int removed = clean(db);
            db.commit();
            System.out.printf(Locale.ROOT, "clean: %d benchmark accounts and their placements deleted%n", removed);
        }
    }

    /** Deletes the bench.pl.* people and what the application made for them, children first (foreign keys stay on). */
    static int clean(Connection db) throws SQLException {
        String people = "(SELECT id FROM person WHERE username LIKE 'bench.pl.%')";
        String placements = "(SELECT id FROM placement WHERE person_id IN " + people + ")";
        String plans = "(SELECT id FROM learning_plan WHERE person_id IN " + people + ")";
        String[] statements = {
            "DELETE FROM learning_plan_step WHERE plan_id IN " + plans,
            "DELETE FROM learning_plan WHERE person_id IN " + people,
            "DELETE FROM placement_level WHERE placement_id IN " + placements,
            "DELETE FROM placement_answer WHERE placement_id IN " + placements,
            "DELETE FROM placement WHERE person_id IN " + people,
            "DELETE FROM competence_evidence WHERE person_id IN " + people,
            "DELETE FROM learning_record WHERE person_id IN " + people,
            "DELETE FROM module_progress WHERE person_id IN " + people,
            "DELETE FROM audit_event WHERE actor_id IN " + people + " OR subject_id IN " + people,
            "DELETE FROM credential WHERE person_id IN " + people,
            "DELETE FROM epn_membership WHERE person_id IN " + people,
            "DELETE FROM person_role WHERE person_id IN " + people,
        };
        try (Statement sql = db.createStatement()) {
            for (String statement : statements) {
                sql.executeUpdate(statement);
            }
            return sql.executeUpdate("DELETE FROM person WHERE username LIKE 'bench.pl.%'");
        }
    }

    static String username(int i) {
        return String.format(Locale.ROOT, "%s%04d", PREFIX, i);
    }

    /**
     * The hash the application's SecretHasher makes (Jakarta Security's Pbkdf2PasswordHash with its parameters):
     * "PBKDF2WithHmacSHA512:210000:" + Base64(32-byte salt) + ":" + Base64(32-byte key).
     */
    static String pbkdf2(String secret) throws Exception {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                .generateSecret(new PBEKeySpec(secret.toCharArray(), salt, 210_000, 32 * 8)).getEncoded();
        return "PBKDF2WithHmacSHA512:210000:" + Base64.getEncoder().encodeToString(salt) + ":" + Base64.getEncoder().encodeToString(key);
    }

    // ------------------------------------------------------------------------------------------------ run

    /** What the run counts, shared by every learner's thread. */
    final Map<String, List<Double>> latencies = new ConcurrentHashMap<>();
    final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    /** The start of the first answer of each kind of error, to tell what it was. */
    final Map<String, String> examples = new ConcurrentHashMap<>();
    final LongAdder requests = new LongAdder();
    final LongAdder started = new LongAdder();
    final LongAdder finished = new LongAdder();
    final LongAdder answers = new LongAdder();

    void run() throws Exception {
        System.out.printf(Locale.ROOT, "run: %d learners against %s, %d s, think time %d ms; %d cores, load average %s%n",
                learners, base, seconds, thinkMillis, Runtime.getRuntime().availableProcessors(), loadAverage());
        List<Learner> cohort = signIn();
        ExecutorService pool = Executors.newFixedThreadPool(cohort.size());
        CountDownLatch ready = new CountDownLatch(cohort.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (Learner learner : cohort) {
            running.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                learner.work();
                return null;
            }));
        }
        ready.await();
        long t0 = System.nanoTime();
        go.countDown(); // every learner starts now
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        double elapsed = seconds(t0);
        report(elapsed);
    }

    /** Signs every learner in through the login page, a few at a time (a sign-in hashes the PIN: it costs CPU). */
    List<Learner> signIn() throws Exception {
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(signInThreads);
        List<Future<Learner>> futures = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            int n = i;
            futures.add(pool.submit(() -> new Learner(n).signIn()));
        }
        List<Learner> signedIn = new ArrayList<>();
        for (Future<Learner> f : futures) {
            signedIn.add(f.get());
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "sign-in: %d learners signed in over HTTP in %.1f s%n", signedIn.size(), seconds(start));
        return signedIn;
    }

    /** One learner: a browser of their own (cookies, connection), answering at a person's pace. */
    final class Learner {

        final int n;
        final Random random;
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

        Learner(int n) {
            this.n = n;
            this.random = new Random(seed + n);
        }

        Learner signIn() throws IOException, InterruptedException {
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(base.resolve("login.xhtml")).timeout(Duration.ofSeconds(60))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            Matcher state = VIEW_STATE.matcher(login.body());
            if (login.statusCode() != 200 || !state.find()) {
                throw new IllegalStateException("The login page did not answer (" + login.statusCode() + ") at " + base);
            }
            String form = "login=login&login%3Ausername=" + enc(username(n)) + "&login%3Asecret=" + PIN
                    + "&login%3Asubmit=x&next=&jakarta.faces.ViewState=" + enc(state.group(1));
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("login.xhtml")).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 302) {
                throw new IllegalStateException("Sign-in of " + username(n) + " failed (" + answer.statusCode() + "); run create first");
            }
            return this;
        }

        /** Start (or resume), then answer until the time is up; a finished placement is followed by a new one. */
        void work() throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            String placement = null;
            String item = null;
            while (System.nanoTime() < end) {
                if (placement == null) {
                    String body = call("start", post("api/placements", "{\"usedComputer\":true,\"usedSmartphone\":true,\"usedEmail\":true}"));
                    if (body == null) {
                        pause(end);
                        continue;
                    }
                    started.increment();
                    placement = number(body, "id");
                    body = call("next item", get("api/placements/" + placement + "/next"));
                    item = body == null || body.isEmpty() ? null : body;
                    if (item == null) {
                        placement = null;
                        pause(end);
                        continue;
                    }
                }
                pause(end);
                if (System.nanoTime() >= end) {
                    break;
                }
                String json = "{\"item\":\"" + field(item, "key") + "\",\"response\":\"" + response(item) + "\"}";
                String after = call("answer + next item", post("api/placements/" + placement + "/answers", json));
                if (after == null) {
                    continue; // the error is counted; the same item is tried again after the think time
                }
                answers.increment();
                int next = after.indexOf("\"next\":");
                if (next < 0) {
                    finished.increment();
                    placement = null;
                } else {
                    item = after.substring(next);
                }
            }
        }

        /** The think time, cut short at the end of the run. */
        void pause(long end) throws InterruptedException {
            long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
            Thread.sleep(Math.max(0, Math.min(thinkMillis, left)));
        }

        /** The body of a 2xx answer, timed under {@code what}; null after an error, which is counted by kind. */
        String call(String what, HttpRequest request) {
            long t = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                double millis = (System.nanoTime() - t) / 1e6;
                requests.increment();
                if (response.statusCode() / 100 != 2) {
                    String error = response.body().replaceAll("(?s).*\"error\":\"([^\"]*)\".*", "$1");
                    String kind = what + ": HTTP " + response.statusCode() + (error.length() < 60 ? " " + error : "");
                    count(kind);
                    examples.putIfAbsent(kind, response.body().substring(0, Math.min(300, response.body().length())));
                    return null;
                }
                latencies.computeIfAbsent(what, k -> Collections.synchronizedList(new ArrayList<>())).add(millis);
                return response.body();
            } catch (HttpTimeoutException e) {
                requests.increment();
                count(what + ": timeout");
            } catch (IOException e) {
                requests.increment();
                count(what + ": " + e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }

        /** A response that fits the item: a random choice where there is one. */
        String response(String item) {
            String type = field(item, "type");
            List<String> ids = switch (type) {
                case "single", "multiple" -> ids(item, "options");
                case "matching" -> ids(item, "lefts");
                case "ordering" -> ids(item, "items");
                case "hotspot" -> ids(item, "regions");
                default -> List.of();
            };
            return switch (type) {
                case "single", "multiple", "hotspot" -> ids.get(random.nextInt(ids.size()));
                case "truefalse" -> random.nextBoolean() ? "true" : "false";
                case "matching" -> String.join(";", ids.stream().map(id -> id + "=" + id).toList());
                case "ordering" -> String.join(",", ids);
                default -> "je ne sais pas";
            };
        }

        HttpRequest get(String path) {
            return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).header("Accept-Language", "fr").GET().build();
        }

        HttpRequest post(String path, String json) {
            return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                    .header("Accept-Language", "fr").POST(HttpRequest.BodyPublishers.ofString(json)).build();
        }
    }

    void count(String error) {
        errors.computeIfAbsent(error, k -> new LongAdder()).increment();
    }

    void report(double elapsed) throws SQLException {
        long errorCount = errors.values().stream().mapToLong(LongAdder::sum).sum();
        System.out.println();
        System.out.printf(Locale.ROOT, "requests: %d in %.1f s (%.1f per second); errors: %d%n", requests.sum(), elapsed,
                requests.sum() / elapsed, errorCount);
        new TreeMap<>(errors).forEach((kind, n) -> System.out.printf(Locale.ROOT, "  error %-50s %d%s%n", kind, n.sum(),
                examples.containsKey(kind) ? "   first answer: " + examples.get(kind).replaceAll("\\s+", " ") : ""));
        System.out.printf(Locale.ROOT, "placements started or resumed: %d, finished: %d; answers saved: %d%n", started.sum(),
                finished.sum(), answers.sum());
        System.out.println();
        String format = "%-22s %7s %8s %8s %8s %8s %8s%n";
        System.out.printf(Locale.ROOT, format, "latency (ms)", "n", "median", "p95", "p99", "max", "mean");
        for (String what : List.of("start", "next item", "answer + next item")) {
            List<Double> values = latencies.getOrDefault(what, List.of());
            if (values.isEmpty()) {
                continue;
            }
            double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            System.out.printf(Locale.ROOT, format, what, sorted.length, ms(percentile(sorted, 50)), ms(percentile(sorted, 95)),
                    ms(percentile(sorted, 99)), ms(sorted[sorted.length - 1]), ms(mean));
        }
        try (Connection db = connect(); Statement sql = db.createStatement();
             ResultSet rs = sql.executeQuery("SELECT COUNT(*) FROM placement_answer a JOIN placement p ON p.id = a.placement_id"
                     + " JOIN person s ON s.id = p.person_id WHERE s.username LIKE 'bench.pl.%'")) {
            rs.next();
            System.out.printf(Locale.ROOT, "%nrows in placement_answer for the benchmark learners: %d (answers sent and accepted: %d)%n",
                    rs.getLong(1), answers.sum());
        }
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores (server and benchmark on the same"
                + " machine), load average " + loadAverage() + " (1, 5, 15 min) at the end; Java " + System.getProperty("java.version"));
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** A string field of a flat JSON text (the item's own fields come before its lists). */
    static String field(String json, String name) {
        Matcher m = Pattern.compile(STRING_FIELD.pattern().formatted(Pattern.quote(name))).matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No " + name + " in " + json);
        }
        return m.group(2);
    }

    static String number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No " + name + " in " + json);
        }
        return m.group(1);
    }

    /** The ids of a list of choices: {@code "name":[{"id":"a","text":...},...]}. */
    static List<String> ids(String json, String name) {
        int at = json.indexOf("\"" + name + "\":[");
        int end = at;
        boolean inString = false;
        for (int depth = 0; end < json.length(); end++) { // the list's closing bracket, not one inside a text
            char c = json.charAt(end);
            if (inString) {
                if (c == '\\') {
                    end++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                break;
            }
        }
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\"id\":\"([^\"]*)\"").matcher(json.substring(at, end));
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** Nearest rank: the smallest value with at least p % of the values at or below it. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static String loadAverage() {
        try {
            String[] fields = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static String ms(double millis) {
        return String.format(Locale.ROOT, "%.1f", millis);
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
