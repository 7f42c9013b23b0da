/*
 * EPN Campus, cohort view benchmark (issue 4). Not part of the build, the tests or CI: run it by hand with
 * bench/cohort-view (see docs/measurements.md, "Cohort view benchmark").
 *
 *   fill     fills the running application's MariaDB database over JDBC: two benchmark EPNs, one animateur
 *            (bench.anim), 5,000 learners with consent at the first EPN, cohorts, module progress for every
 *            learner x every loaded module, learning records (replaces an earlier benchmark fill)
 *   measure  signs in as bench.anim over HTTP and times the cohort view's first page and the filtered exports
 *   clean    deletes everything the fill made (people named bench.*, EPNs named "EPN Benchmark*")
 *   all      clean, fill, measure (the default)
 *
 * Settings come from the environment, as for bin/campus: CAMPUS_DB_URL, CAMPUS_DB_USER, CAMPUS_DB_PASSWORD,
 * CAMPUS_PORT_BASE (HTTP = base + 80) or BENCH_URL; BENCH_LEARNERS (5000), BENCH_WARM (20),
 * BENCH_EXPORTS (5), BENCH_MODULE (the module of the filtered rows; default: the first loaded module by key),
 * BENCH_SEED (2026).
 *
 * A single-file Java program: java -cp mariadb-java-client.jar bench/CohortViewBench.java [fill|measure|clean|all]
 */

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

public class CohortViewBench {

    static final String EPN_A = "EPN Benchmark";
    static final String EPN_B = "EPN Benchmark (second site)";
    static final String ANIMATEUR = "bench.anim";
    static final String SECRET = "bench-cohort-view-2026";
    static final String PREFIX = "bench.";

    static final String[] GIVEN = {"Amina", "Jean", "Fatou", "Mehmet", "Marie", "Youssef", "Sofia", "Jan", "Aïcha", "Pierre",
        "Oksana", "Luc", "Nadia", "Kwame", "Élodie", "Ahmed", "Ana", "Koen", "Samira", "Paul", "Leila", "Marc", "Grace", "Ali",
        "Julie", "Rachid", "Inès", "Dirk", "Hanane", "Bogdan", "Christine", "Omar", "Lucia", "Hilde", "Moussa", "Anne", "Karim",
        "Maria", "Tom", "Zeynep", "Georges", "Salma", "Patrick", "Fatima", "Yves", "Nour", "Wim", "Chantal", "Ibrahim", "Eva"};
    static final String[] FAMILY = {"Benali", "Peeters", "Diallo", "Yılmaz", "Dupont", "El Amrani", "Rossi", "Janssens",
        "Kaddouri", "Lambert", "Kovalenko", "Claes", "Haddad", "Mensah", "Martin", "Bakkali", "Pereira", "Willems", "Ouali",
        "Dubois", "Mansouri", "Wouters", "Mbuyi", "Demir", "Lefèvre", "Tahiri", "Moreau", "Maes", "Zerouali", "Popescu", "Leroy",
        "Saidi", "Gomez", "Goossens", "Traoré", "Simon", "Benjelloun", "Nowak", "Hermans", "Kaya", "Michel", "Idrissi", "Renard",
        "Amrani", "Lemaire", "Khalil", "De Smet", "Fontaine", "Sow", "Horvath", "Vandenberghe", "Verhoeven", "Azzouzi",
        "Vermeulen", "Nkosi", "Mertens", "Van den Bossche", "Jacobs", "Mertens", "Laurent", "Cools", "Bah", "Camara", "Öztürk"};
    static final String[] LANGUAGES = {"fr", "fr", "fr", "nl", "nl", "en"};

    final String dbUrl = env("CAMPUS_DB_URL", "jdbc:mariadb://127.0.0.1:3306/campus");
    final String dbUser = env("CAMPUS_DB_USER", "campus");
    final String dbPassword = System.getenv().getOrDefault("CAMPUS_DB_PASSWORD", "campus");
    final URI base = URI.create(env("BENCH_URL", "http://localhost:" + (Integer.parseInt(env("CAMPUS_PORT_BASE", "8000")) + 80) + "/"));
    final int learners = Integer.parseInt(env("BENCH_LEARNERS", "5000"));
    final int warm = Integer.parseInt(env("BENCH_WARM", "20"));
    final int exports = Integer.parseInt(env("BENCH_EXPORTS", "5"));
    final long seed = Long.parseLong(env("BENCH_SEED", "2026"));

    public static void main(String[] args) throws Exception {
        String what = args.length == 0 ? "all" : args[0];
        CohortViewBench bench = new CohortViewBench();
        switch (what) {
            case "clean" -> bench.clean();
            case "fill" -> bench.fill();
            case "measure" -> bench.measure();
            case "all" -> {
                bench.fill();
                bench.measure();
            }
            default -> {
                System.err.println("Usage: CohortViewBench [fill|measure|clean|all]");
                System.exit(2);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------- fill

    Connection connect() throws SQLException {
        // Connector/J 3 batches inserts with MariaDB's bulk protocol (useBulkStmtsForInserts, the successor of
        // rewriteBatchedStatements); prepared statements are cached on the server.
        String url = dbUrl + (dbUrl.contains("?") ? "&" : "?") + "useBulkStmtsForInserts=true&useServerPrepStmts=true";
        if (!url.startsWith("jdbc:mariadb:")) {
            throw new IllegalStateException("CAMPUS_DB_URL must be a MariaDB URL (jdbc:mariadb://...), not " + dbUrl);
        }
        return DriverManager.getConnection(url, dbUser, dbPassword);
    }

    void clean() throws SQLException {
        long start = System.nanoTime();
        try (Connection db = connect()) {
            db.setAutoCommit(false);
            clean(db);
            db.commit();
        }
        System.out.printf(Locale.ROOT, "clean: benchmark rows deleted in %.1f s%n", seconds(start));
    }

    /** Deletes the people named bench.* and the benchmark EPNs, children first (foreign keys stay on). */
    static void clean(Connection db) throws SQLException {
        String people = "(SELECT id FROM person WHERE username LIKE 'bench.%')";
        String epns = "(SELECT id FROM epn WHERE name LIKE 'EPN Benchmark%')";
        String[] statements = {
            "DELETE FROM learning_record WHERE person_id IN " + people,
            "UPDATE learning_record SET epn_id = NULL WHERE epn_id IN " + epns,
            "DELETE FROM competence_evidence WHERE person_id IN " + people + " OR recorded_by IN " + people,
            "DELETE FROM activity_progress WHERE person_id IN " + people + " OR attested_by IN " + people,
            "DELETE FROM quiz_answer WHERE attempt_id IN (SELECT id FROM quiz_attempt WHERE person_id IN " + people + ")",
            "DELETE FROM quiz_attempt WHERE person_id IN " + people,
            "DELETE FROM module_progress WHERE person_id IN " + people,
            "UPDATE module_progress SET started_epn_id = NULL WHERE started_epn_id IN " + epns,
            "UPDATE module_progress SET completed_epn_id = NULL WHERE completed_epn_id IN " + epns,
            "DELETE FROM cohort_member WHERE person_id IN " + people + " OR cohort_id IN (SELECT id FROM cohort WHERE epn_id IN " + epns + ")",
            "DELETE FROM cohort_animateur WHERE person_id IN " + people + " OR cohort_id IN (SELECT id FROM cohort WHERE epn_id IN " + epns + ")",
            "DELETE FROM cohort WHERE epn_id IN " + epns,
            "DELETE FROM epn_device WHERE epn_id IN " + epns + " OR registered_by IN " + people,
            "DELETE FROM credential WHERE person_id IN " + people,
            "DELETE FROM epn_membership WHERE person_id IN " + people + " OR epn_id IN " + epns,
            "DELETE FROM person_role WHERE person_id IN " + people,
            "DELETE FROM audit_event WHERE actor_id IN " + people + " OR subject_id IN " + people + " OR epn_id IN " + epns,
            "DELETE FROM person_merge WHERE kept_id IN " + people + " OR merged_id IN " + people,
            "UPDATE person SET created_by_id = NULL, created_at_epn_id = NULL, merged_into_id = NULL WHERE username LIKE 'bench.%'",
            "UPDATE person SET created_at_epn_id = NULL WHERE created_at_epn_id IN " + epns,
            "DELETE FROM person WHERE username LIKE 'bench.%'",
            "DELETE FROM epn_opening WHERE epn_id IN " + epns,
            "DELETE FROM epn WHERE name LIKE 'EPN Benchmark%'",
        };
        try (Statement sql = db.createStatement()) {
            for (String statement : statements) {
                sql.executeUpdate(statement);
            }
        }
    }

    record Module(long id, String key, int required) {
    }

    void fill() throws Exception {
        long start = System.nanoTime();
        Random random = new Random(seed);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Connection db = connect()) {
            db.setAutoCommit(false);
            clean(db);
            List<Module> modules = modules(db);
            if (modules.isEmpty()) {
                throw new IllegalStateException("No learning module in the database: start the application (bin/campus run) first,"
                        + " it loads curricula/modules at start-up.");
            }
            long epnA = epn(db, EPN_A, now);
            long epnB = epn(db, EPN_B, now);

            long animateur = person(db, "Benoît", "Banc", ANIMATEUR, "fr", now);
            role(db, animateur, "ANIMATEUR");
            member(db, animateur, epnA, "ANIMATEUR", true, now);
            try (PreparedStatement credential = db.prepareStatement("INSERT INTO credential (person_id, secret_hash, secret_kind,"
                    + " failed_attempts, lock_count, changed_at, row_version) VALUES (?, ?, 'PASSPHRASE', 0, 0, ?, 0)")) {
                credential.setLong(1, animateur);
                credential.setString(2, pbkdf2(SECRET));
                credential.setTimestamp(3, Timestamp.valueOf(now));
                credential.executeUpdate();
            }

            // The learners: `learners` with consent at EPN A (what the view shows), a few at A without consent
            // (hidden), and 1,000 of EPN B alone (other EPNs' rows the queries must leave out).
            int hidden = Math.max(1, learners / 40);
            int others = Math.max(1, learners / 5);
            List<long[]> people = new ArrayList<>(); // {person id, home EPN}
            String insertPerson = "INSERT INTO person (uuid, given_name, family_name, search_key, birth_year, preferred_language,"
                    + " username, status, created_at, created_by_id, created_at_epn_id, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, 0)";
            try (PreparedStatement ps = db.prepareStatement(insertPerson)) {
                int total = learners + hidden + others;
                for (int i = 0; i < total; i++) {
                    String given = GIVEN[random.nextInt(GIVEN.length)];
                    String family = FAMILY[random.nextInt(FAMILY.length)];
                    String group = i < learners ? "a" : i < learners + hidden ? "h" : "b";
                    ps.setString(1, UUID.randomUUID().toString());
                    ps.setString(2, given);
                    ps.setString(3, family);
                    ps.setString(4, searchKey(given + " " + family));
                    ps.setInt(5, 1940 + random.nextInt(66));
                    ps.setString(6, LANGUAGES[random.nextInt(LANGUAGES.length)]);
                    ps.setString(7, String.format(Locale.ROOT, "%s%s%05d", PREFIX, group, i));
                    ps.setTimestamp(8, Timestamp.valueOf(now.minusDays(random.nextInt(400))));
                    ps.setLong(9, animateur);
                    ps.setLong(10, group.equals("b") ? epnB : epnA);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = db.prepareStatement("SELECT id, username FROM person WHERE username LIKE 'bench._%' AND username <> ? ORDER BY username")) {
                ps.setString(1, ANIMATEUR);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String group = rs.getString(2).substring(PREFIX.length(), PREFIX.length() + 1);
                        people.add(new long[] {rs.getLong(1), group.equals("b") ? epnB : epnA, group.equals("h") ? 0 : 1});
                    }
                }
            }
            counts.put("person (learners)", people.size());

            try (PreparedStatement role = db.prepareStatement("INSERT INTO person_role (person_id, role) VALUES (?, 'LEARNER')");
                 PreparedStatement member = db.prepareStatement("INSERT INTO epn_membership (person_id, epn_id, role, since, consent_given,"
                         + " consent_at, added_by_id) VALUES (?, ?, 'LEARNER', ?, ?, ?, ?)")) {
                int memberships = 0;
                for (long[] p : people) {
                    role.setLong(1, p[0]);
                    role.addBatch();
                    LocalDateTime since = now.minusDays(random.nextInt(365));
                    addMember(member, p[0], p[1], p[2] == 1, since, animateur);
                    memberships++;
                    // One learner of EPN A in ten also goes to EPN B: one record, two places.
                    if (p[1] == epnA && random.nextInt(10) == 0) {
                        addMember(member, p[0], epnB, true, since.plusDays(random.nextInt(30)), animateur);
                        memberships++;
                    }
                }
                role.executeBatch();
                member.executeBatch();
                counts.put("epn_membership (learners)", memberships);
            }

            // Eight cohorts at EPN A; four learners in five are in one.
            List<Long> cohorts = new ArrayList<>();
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO cohort (uuid, epn_id, name, description, day_of_week, starts_at,"
                    + " ends_at, first_day, created_at, row_version) VALUES (?, ?, ?, NULL, ?, '09:30:00', '11:30:00', ?, ?, 0)",
                    Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement anim = db.prepareStatement("INSERT INTO cohort_animateur (cohort_id, person_id) VALUES (?, ?)")) {
                for (int c = 0; c < 8; c++) {
                    ps.setString(1, UUID.randomUUID().toString());
                    ps.setLong(2, epnA);
                    ps.setString(3, "Benchmark cohort " + (c + 1));
                    ps.setInt(4, 1 + c % 5);
                    ps.setObject(5, now.toLocalDate().minusWeeks(26 - c * 3L));
                    ps.setTimestamp(6, Timestamp.valueOf(now));
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        cohorts.add(keys.getLong(1));
                    }
                    anim.setLong(1, cohorts.get(c));
                    anim.setLong(2, animateur);
                    anim.executeUpdate();
                }
            }
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO cohort_member (cohort_id, person_id, enrolled_at) VALUES (?, ?, ?)")) {
                int members = 0;
                for (long[] p : people) {
                    int c = random.nextInt(10);
                    if (p[1] == epnA && c < cohorts.size()) {
                        ps.setLong(1, cohorts.get(c));
                        ps.setLong(2, p[0]);
                        ps.setTimestamp(3, Timestamp.valueOf(now.minusDays(random.nextInt(180))));
                        ps.addBatch();
                        members++;
                    }
                }
                ps.executeBatch();
                counts.put("cohort_member", members);
            }

            // Progress: every learner x every module, none / STARTED / COMPLETED; the first modules of the list are
            // the most followed. Dates over the last 26 weeks; where it happened: mostly the home EPN.
            int rows = 0;
            int completed = 0;
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO module_progress (person_id, module_id, state, done_count,"
                    + " required_count, started_at, started_epn_id, completed_at, completed_epn_id, last_activity_at, row_version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
                for (long[] p : people) {
                    for (int m = 0; m < modules.size(); m++) {
                        Module module = modules.get(m);
                        double none = 0.25 + 0.4 * m / Math.max(1, modules.size() - 1);
                        if (random.nextDouble() < none) {
                            continue;
                        }
                        boolean done = random.nextDouble() < 0.55;
                        LocalDateTime started = now.minusMinutes(random.nextInt(26 * 7 * 24 * 60));
                        long span = Duration.between(started, now).toMinutes();
                        LocalDateTime last = started.plusMinutes((long) (random.nextDouble() * Math.min(span, 30L * 24 * 60)));
                        int required = module.required();
                        ps.setLong(1, p[0]);
                        ps.setLong(2, module.id());
                        ps.setString(3, done ? "COMPLETED" : "STARTED");
                        ps.setInt(4, done ? required : random.nextInt(Math.max(1, required)));
                        ps.setInt(5, required);
                        ps.setTimestamp(6, Timestamp.valueOf(started));
                        setEpn(ps, 7, place(random, p[1], epnA, epnB));
                        if (done) {
                            ps.setTimestamp(8, Timestamp.valueOf(last));
                            setEpn(ps, 9, place(random, p[1], epnA, epnB));
                            completed++;
                        } else {
                            ps.setNull(8, Types.TIMESTAMP);
                            ps.setNull(9, Types.BIGINT);
                        }
                        ps.setTimestamp(10, Timestamp.valueOf(last));
                        ps.addBatch();
                        if (++rows % 5000 == 0) {
                            ps.executeBatch();
                        }
                    }
                }
                ps.executeBatch();
            }
            counts.put("module_progress", rows);
            counts.put("  of which COMPLETED", completed);

            // Three learning records per learner, with the EPN where each happened (the view's "EPNs" column).
            String[] verbs = {"experienced", "answered", "completed"};
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO learning_record (statement_id, person_id, verb, object_iri, epn_id,"
                    + " stored_at, statement) VALUES (?, ?, ?, ?, ?, ?, '{}')")) {
                int n = 0;
                for (long[] p : people) {
                    for (int r = 0; r < 3; r++) {
                        Module module = modules.get(random.nextInt(modules.size()));
                        ps.setString(1, UUID.randomUUID().toString());
                        ps.setLong(2, p[0]);
                        ps.setString(3, verbs[r]);
                        ps.setString(4, "https://campus.epn.invalid/modules/" + module.key());
                        setEpn(ps, 5, place(random, p[1], epnA, epnB));
                        ps.setTimestamp(6, Timestamp.valueOf(now.minusMinutes(random.nextInt(26 * 7 * 24 * 60))));
                        ps.addBatch();
                        if (++n % 5000 == 0) {
                            ps.executeBatch();
                        }
                    }
                }
                ps.executeBatch();
                counts.put("learning_record", n);
            }
            db.commit();
            try (Statement sql = db.createStatement()) {
                sql.execute("ANALYZE TABLE person, epn_membership, cohort_member, module_progress, learning_record");
            }
            counts.put("modules", modules.size());
        }
        System.out.printf(Locale.ROOT, "fill: %d learners with consent at \"%s\" (+%d without consent, +%d of \"%s\" only) in %.1f s%n",
                learners, EPN_A, Math.max(1, learners / 40), Math.max(1, learners / 5), EPN_B, seconds(start));
        counts.forEach((table, n) -> System.out.printf(Locale.ROOT, "  %-28s %,9d%n", table, n));
    }

    static void addMember(PreparedStatement ps, long person, long epn, boolean consent, LocalDateTime since, long by) throws SQLException {
        ps.setLong(1, person);
        ps.setLong(2, epn);
        ps.setTimestamp(3, Timestamp.valueOf(since));
        ps.setBoolean(4, consent);
        ps.setTimestamp(5, Timestamp.valueOf(since));
        ps.setLong(6, by);
        ps.addBatch();
    }

    /** Where an event happened: the home EPN (75 %), the other one (15 %), away from any EPN (10 %). */
    static Long place(Random random, long home, long a, long b) {
        int r = random.nextInt(100);
        return r < 75 ? Long.valueOf(home) : r < 90 ? Long.valueOf(home == a ? b : a) : null;
    }

    static void setEpn(PreparedStatement ps, int index, Long epn) throws SQLException {
        if (epn == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, epn);
        }
    }

    static List<Module> modules(Connection db) throws SQLException {
        List<Module> modules = new ArrayList<>();
        try (Statement sql = db.createStatement();
             ResultSet rs = sql.executeQuery("SELECT m.id, m.module_key, (SELECT COUNT(*) FROM module_activity a WHERE a.module_id = m.id"
                     + " AND a.required AND NOT a.retired) FROM learning_module m ORDER BY m.module_key")) {
            while (rs.next()) {
                modules.add(new Module(rs.getLong(1), rs.getString(2), Math.max(1, rs.getInt(3))));
            }
        }
        return modules;
    }

    static long epn(Connection db, String name, LocalDateTime now) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO epn (uuid, name, municipality, street_address, postal_code,"
                + " organiser_type, organiser_name, computers, languages, phone, active, created_at, row_version)"
                + " VALUES (?, ?, 'Bruxelles', 'Rue du Banc 1', '1000', 'ASSOCIATION', 'Benchmark', 12, 'fr,nl', NULL, TRUE, ?, 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, UUID.randomUUID().toString());
            ps.setString(2, name);
            ps.setTimestamp(3, Timestamp.valueOf(now));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static long person(Connection db, String given, String family, String username, String language, LocalDateTime now)
            throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO person (uuid, given_name, family_name, search_key, birth_year,"
                + " preferred_language, username, status, created_at, row_version) VALUES (?, ?, ?, ?, NULL, ?, ?, 'ACTIVE', ?, 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, UUID.randomUUID().toString());
            ps.setString(2, given);
            ps.setString(3, family);
            ps.setString(4, searchKey(given + " " + family));
            ps.setString(5, language);
            ps.setString(6, username);
            ps.setTimestamp(7, Timestamp.valueOf(now));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static void role(Connection db, long person, String role) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO person_role (person_id, role) VALUES (?, ?)")) {
            ps.setLong(1, person);
            ps.setString(2, role);
            ps.executeUpdate();
        }
    }

    static void member(Connection db, long person, long epn, String role, boolean consent, LocalDateTime now) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO epn_membership (person_id, epn_id, role, since, consent_given,"
                + " consent_at, added_by_id) VALUES (?, ?, ?, ?, ?, ?, NULL)")) {
            ps.setLong(1, person);
            ps.setLong(2, epn);
            ps.setString(3, role);
            ps.setTimestamp(4, Timestamp.valueOf(now));
            ps.setBoolean(5, consent);
            ps.setTimestamp(6, Timestamp.valueOf(now));
            ps.executeUpdate();
        }
    }

    /** As the application's SearchKey: lower case, no accents, punctuation folded to single spaces. */
    static String searchKey(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
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

    // ------------------------------------------------------------------------------------------------- measure

    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    record Sample(double millis, int status, byte[] body) {
    }

    void measure() throws Exception {
        String epn;
        String module;
        String cohort;
        int shown;
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            epn = single(sql, "SELECT uuid FROM epn WHERE name = '" + EPN_A + "'");
            if (epn == null) {
                throw new IllegalStateException("No benchmark data: run the fill first (bench/cohort-view fill).");
            }
            module = System.getenv().getOrDefault("BENCH_MODULE", single(sql, "SELECT MIN(module_key) FROM learning_module"));
            cohort = single(sql, "SELECT c.uuid FROM cohort c JOIN epn e ON e.id = c.epn_id WHERE e.name = '" + EPN_A + "' ORDER BY c.name LIMIT 1");
            shown = Integer.parseInt(single(sql, "SELECT COUNT(*) FROM epn_membership m JOIN epn e ON e.id = m.epn_id WHERE e.name = '"
                    + EPN_A + "' AND m.role = 'LEARNER' AND m.consent_given"));
        }
        System.out.printf(Locale.ROOT, "measure: %s, EPN %s (%,d learners shown), module filter \"%s\"; load average %s%n",
                base, epn, shown, module, loadAverage());
        signIn();

        String page = "desk/progress.xhtml?epn=" + epn;
        String csv = "api/progress/export?format=csv&epn=" + epn + "&module=" + enc(module);
        String xlsx = "api/progress/export?format=xlsx&epn=" + epn + "&module=" + enc(module);
        List<String[]> table = new ArrayList<>();
        table.add(timePage("cohort view, first page", page, warm));
        table.add(timePage("  filtered by module", page + "&module=" + enc(module), warm));
        table.add(timePage("  filtered by cohort", page + "&cohort=" + cohort, warm));
        table.add(timeExport("export CSV, one module", csv, exports, false));
        table.add(timeExport("export XLSX, one module", xlsx, exports, true));
        table.add(timeExport("export CSV, all modules", "api/progress/export?format=csv&epn=" + epn, exports, false));

        System.out.println();
        String format = "%-26s %4s %8s %8s %8s %8s %8s %10s %6s%n";
        System.out.printf(Locale.ROOT, format, "what (ms, to last byte)", "n", "cold", "min", "median", "p95", "max", "bytes", "rows");
        for (String[] row : table) {
            System.out.printf(Locale.ROOT, format, (Object[]) row);
        }
        System.out.println();
        System.out.println("cold: the first request of this run (the first page view after sign-in); n: warm requests after it.");
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, load average " + loadAverage()
                + " (1, 5, 15 min) at the end; Java " + System.getProperty("java.version"));
    }

    void signIn() throws IOException, InterruptedException {
        HttpResponse<String> login = http.send(get("login.xhtml"), HttpResponse.BodyHandlers.ofString());
        Matcher state = VIEW_STATE.matcher(login.body());
        if (login.statusCode() != 200 || !state.find()) {
            throw new IllegalStateException("The login page did not answer (" + login.statusCode() + ") at " + base);
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", ANIMATEUR);
        form.put("login:secret", SECRET);
        form.put("login:submit", "x");
        form.put("next", "");
        form.put("jakarta.faces.ViewState", state.group(1));
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v)));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("login.xhtml")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 302) {
            throw new IllegalStateException("Sign-in as " + ANIMATEUR + " failed (" + answer.statusCode() + "); was the fill run on this database?");
        }
    }

    String[] timePage(String label, String path, int n) throws Exception {
        Sample cold = timed(path);
        int rows = check(label, cold, 25);
        double[] times = new double[n];
        for (int i = 0; i < n; i++) {
            Sample s = timed(path);
            check(label, s, 25);
            times[i] = s.millis();
        }
        return row(label, n, cold.millis(), times, cold.body().length, rows);
    }

    /** The page answered and shows a page of learners (rows counted by their links). */
    static int check(String label, Sample s, int expected) {
        String html = new String(s.body(), StandardCharsets.UTF_8);
        int rows = count(html, "data-learner=\"");
        if (s.status() != 200 || rows != expected) {
            throw new IllegalStateException(label + ": status " + s.status() + ", " + rows + " learner rows (expected " + expected + ")");
        }
        return rows;
    }

    String[] timeExport(String label, String path, int n, boolean xlsx) throws Exception {
        Sample cold = timed(path);
        if (cold.status() != 200) {
            throw new IllegalStateException(label + ": status " + cold.status());
        }
        int rows = xlsx ? xlsxRows(cold.body()) : csvRows(cold.body());
        double[] times = new double[n];
        for (int i = 0; i < n; i++) {
            times[i] = timed(path).millis();
        }
        return row(label, n, cold.millis(), times, cold.body().length, rows);
    }

    Sample timed(String path) throws IOException, InterruptedException {
        HttpRequest request = get(path);
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        double millis = (System.nanoTime() - start) / 1e6;
        return new Sample(millis, response.statusCode(), response.body());
    }

    HttpRequest get(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(5)).header("Accept-Language", "fr").GET().build();
    }

    static String[] row(String label, int n, double cold, double[] warm, int bytes, int rows) {
        double[] sorted = warm.clone();
        Arrays.sort(sorted);
        return new String[] {label, String.valueOf(n), ms(cold), ms(sorted[0]), ms(percentile(sorted, 50)), ms(percentile(sorted, 95)),
            ms(sorted[sorted.length - 1]), String.format(Locale.ROOT, "%,d", bytes), String.valueOf(rows)};
    }

    /** Nearest rank: the smallest value with at least p % of the values at or below it. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static int csvRows(byte[] body) {
        return count(new String(body, StandardCharsets.UTF_8), "\r\n") - 1; // minus the header
    }

    /** Rows of the first worksheet, header excluded (read from a temporary copy: POI streams its zip entries). */
    static int xlsxRows(byte[] body) throws IOException {
        java.nio.file.Path copy = java.nio.file.Files.createTempFile("cohort-export", ".xlsx");
        try {
            java.nio.file.Files.write(copy, body);
            try (ZipFile zip = new ZipFile(copy.toFile())) {
                ZipEntry sheet = zip.stream().filter(e -> e.getName().startsWith("xl/worksheets/sheet")).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no worksheet in the XLSX export"));
                return count(new String(zip.getInputStream(sheet).readAllBytes(), StandardCharsets.UTF_8), "<row ") - 1;
            }
        } finally {
            java.nio.file.Files.deleteIfExists(copy);
        }
    }

    static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
            n++;
        }
        return n;
    }

    static String loadAverage() {
        try {
            String[] fields = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static String single(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            return rs.next() ? rs.getString(1) : null;
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
