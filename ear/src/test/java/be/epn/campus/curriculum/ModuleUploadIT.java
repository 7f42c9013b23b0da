package be.epn.campus.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.it.CampusDeployments;
import be.epn.campus.it.Http;
import be.epn.campus.it.Seed;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A coordinator uploads packages of modules through {@code POST /api/modules/packages} (and the page
 * {@code /admin/modules.xhtml}; a trainer, continuing-education modules through {@code /training/modules.xhtml}): bad packages are
 * refused with every problem named (file, place, message, code) and nothing changes in the database (the
 * modules, their versions and content hashes, their files, activities and search terms); a good package is
 * loaded and searchable; a bad second version leaves the first in place. Packages are built here, small,
 * from a copy of curricula/modules/email-first-steps (or, for trainers, ce-including-vulnerable-publics).
 */
@ExtendWith(ArquillianExtension.class)
class ModuleUploadIT {

    private static final Logger LOG = Logger.getLogger(ModuleUploadIT.class.getName());
    private static final String SECRET = "uploads-secret-2026";
    private static final String ENDPOINT = "api/modules/packages";
    private static final String BASE_MODULE = "email-first-steps";
    /** A continuing-education module (the animateurs' framework), the base of what trainers upload here. */
    private static final String TRAINING_MODULE = "ce-including-vulnerable-publics";
    private static final String ADMIN_PAGE = "admin/modules.xhtml";
    private static final String TRAINING_PAGE = "training/modules.xhtml";
    private static final long MB = 1024L * 1024L;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CampusDeployments.earWithFixtures();
    }

    @ArquillianResource
    URL base;

    private URI root;
    private Seed seed;
    private String u;
    private Http coordinator;

    @BeforeEach
    void coordinator() throws Exception {
        root = base.toURI();
        seed = new Seed(root);
        u = Seed.unique();
        seed.person("coord.up" + u, "Cora", "Upload" + u, null, SECRET, "COORDINATOR", null, null);
        coordinator = Http.signedIn(root, "coord.up" + u, SECRET);
    }

    @Test
    void aTwoGigabyteUploadIsRefusedAtOnceWithoutBeingRead() throws Exception {
        List<String> before = snapshot();
        long declared = 2048 * MB;
        RawAnswer answer = rawUpload(coordinator.cookie("JSESSIONID"), declared);
        LOG.info(() -> "2 GB upload: " + answer.status + " after " + answer.millis + " ms, " + answer.sentAtAnswer
                + " bytes sent by then (" + answer.sentInAll + " in all before the connection ended); answer: "
                + answer.text.replace("\r\n", " / "));
        assertEquals(413, answer.status, answer.text);
        assertTrue(answer.text.contains("package.tooLarge"), answer.text);
        assertTrue(answer.text.contains("\"file\":\"package\""), answer.text);
        assertTrue(answer.millis < 15_000, "refused in " + answer.millis + " ms");
        // answered before the body came: what went out by then is what the sockets' buffers hold, not 2 GB
        assertTrue(answer.sentAtAnswer < 64 * MB, "answered before reading the upload: " + answer.sentAtAnswer + " bytes had gone out");
        // and the server does not read the rest either (max-swallowing-input-bytes, set as bin/campus does): the
        // connection ends long before 2 GB have gone out
        assertTrue(answer.sentInAll < 256 * MB, "the rest was not read: " + answer.sentInAll + " bytes went out in all");
        assertEquals(before, snapshot(), "nothing changed");
    }

    @Test
    void badPackagesAreRefusedWithEveryProblemAndNothingChanges() throws Exception {
        List<String> before = snapshot();

        long start = System.nanoTime();
        byte[] bomb = bomb();
        long built = System.nanoTime();
        HttpResponse<String> bombAnswer = upload(coordinator, bomb);
        long answered = System.nanoTime();
        LOG.info(() -> "zip bomb: 1 GB of zeros in " + bomb.length + " bytes, built in " + (built - start) / 1_000_000
                + " ms, refused over HTTP in " + (answered - built) / 1_000_000 + " ms");
        assertProblem(bombAnswer, 422, "package.bomb", "bomb/resources/zeros.pdf");
        assertTrue((answered - built) / 1_000_000 < 15_000, "the bomb is refused quickly");
        assertEquals(before, snapshot(), "nothing changed after the bomb");

        Map<String, byte[]> html = module("html-pdf-" + u, 1);
        html.put("resources/email-checklist.en.pdf", ("<!DOCTYPE html><html><head><title>Checklist</title></head>"
                + "<body><p>Not a PDF at all.</p></body></html>").getBytes(StandardCharsets.UTF_8));
        assertProblem(upload(coordinator, zip("html-pdf-" + u, html)), 422, "document.typeMismatch",
                "modules/html-pdf-" + u + "/resources/email-checklist.en.pdf");
        assertEquals(before, snapshot(), "nothing changed after the HTML page saved as .pdf");

        Map<String, byte[]> encrypted = module("locked-pdf-" + u, 1);
        encrypted.put("resources/email-checklist.fr.pdf", encrypt(encrypted.get("resources/email-checklist.fr.pdf")));
        assertProblem(upload(coordinator, zip("locked-pdf-" + u, encrypted)), 422, "document.encrypted",
                "modules/locked-pdf-" + u + "/resources/email-checklist.fr.pdf");
        assertEquals(before, snapshot(), "nothing changed after the encrypted PDF");

        Map<String, byte[]> entries = new LinkedHashMap<>();
        module("slip-" + u, 1).forEach((path, bytes) -> entries.put("slip-" + u + "/" + path, bytes));
        entries.put("../../../tmp/evil-" + u + ".txt", "owned".getBytes(StandardCharsets.UTF_8));
        entries.put("slip-" + u + "/../../escape.txt", "owned".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> slip = upload(coordinator, zipOf(entries));
        assertProblem(slip, 422, "package.unsafeName", "../../../tmp/evil-" + u + ".txt");
        assertProblem(slip, 422, "package.unsafeName", "slip-" + u + "/../../escape.txt");
        assertFalse(Files.exists(Path.of("/tmp/evil-" + u + ".txt")), "nothing written outside");
        assertEquals(before, snapshot(), "nothing changed after the ../ paths");

        Map<String, byte[]> unknown = module("unknown-competence-" + u, 1);
        unknown.put("module.json", new String(unknown.get("module.json"), StandardCharsets.UTF_8)
                .replace("\"competence\": \"2.1\"", "\"competence\": \"9.9\"").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> competence = upload(coordinator, zip("unknown-competence-" + u, unknown));
        JsonObject problem = assertProblem(competence, 422, "module.unknownCompetence", "modules/unknown-competence-" + u + "/module.json");
        assertEquals("targets[0].competence", problem.getString("place"));
        assertTrue(problem.getString("message").contains("9.9"), problem.toString());
        assertEquals(before, snapshot(), "nothing changed after the unknown competence");

        HttpResponse<String> notZip = upload(coordinator, "this is not a zip".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, notZip.statusCode(), notZip.body());
        assertEquals(before, snapshot(), "nothing changed after a file that is no zip");
    }

    @Test
    void aGoodPackageIsLoadedAndABadSecondVersionLeavesTheFirstInPlace() throws Exception {
        String key = "upload-copy-" + u;
        String word = "quetzalcoatlus";
        Map<String, byte[]> v1 = module(key, 1);
        v1.put("lessons/what-is-email.fr.md", (new String(v1.get("lessons/what-is-email.fr.md"), StandardCharsets.UTF_8)
                + "\n\nLe " + word + " n'envoie pas d'e-mail.\n").getBytes(StandardCharsets.UTF_8));
        long modules = seed.count("SELECT COUNT(m) FROM LearningModule m");

        HttpResponse<String> accepted = upload(coordinator, zip(key, v1));
        assertEquals(201, accepted.statusCode(), accepted.body());
        JsonObject outcome = Http.json(accepted).asJsonObject().getJsonArray("modules").getJsonObject(0);
        assertEquals(key, outcome.getString("module"));
        assertEquals("LOADED", outcome.getString("status"));
        assertEquals(1, outcome.getInt("version"));
        assertEquals(modules + 1, seed.count("SELECT COUNT(m) FROM LearningModule m"));
        assertEquals(List.of("UPLOAD | 1"), seed.rows("SELECT m.origin, m.version FROM LearningModule m WHERE m.key = '" + key + "'"));
        assertTrue(seed.count("SELECT COUNT(t) FROM SearchTerm t WHERE t.module.key = '" + key + "'") > 0, "search terms written");

        HttpResponse<String> list = new Http(root).get("api/modules");
        assertEquals(200, list.statusCode());
        assertTrue(Http.json(list).asJsonArray().stream().anyMatch(m -> m.asJsonObject().getString("key").equals(key)), "listed");
        HttpResponse<String> search = new Http(root).get("api/modules/search?q=" + word);
        assertEquals(200, search.statusCode());
        assertTrue(search.body().contains("\"" + key + "\""), "found by the catalogue search: " + search.body());
        HttpResponse<String> page = new Http(root).get("modules/index.xhtml?q=" + word);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(key), "the catalogue page shows it");

        HttpResponse<String> again = upload(coordinator, zip(key, v1));
        assertEquals(201, again.statusCode(), again.body());
        assertEquals("UNCHANGED", Http.json(again).asJsonObject().getJsonArray("modules").getJsonObject(0).getString("status"));

        List<String> first = snapshot();
        List<String> firstRow = seed.rows("SELECT m.version, m.contentHash FROM LearningModule m WHERE m.key = '" + key + "'");
        Map<String, byte[]> v2 = module(key, 2);
        v2.put("lessons/what-is-email.en.md", "# A new text for version 2\n".getBytes(StandardCharsets.UTF_8));
        v2.put("resources/email-checklist.nl.pdf", "<html><body>not a pdf</body></html>".getBytes(StandardCharsets.UTF_8));
        assertProblem(upload(coordinator, zip(key, v2)), 422, "document.typeMismatch", "modules/" + key + "/resources/email-checklist.nl.pdf");
        assertEquals(firstRow, seed.rows("SELECT m.version, m.contentHash FROM LearningModule m WHERE m.key = '" + key + "'"),
                "version 1 stays, with its hash");
        assertTrue(firstRow.get(0).startsWith("1 | "), firstRow.toString());
        assertEquals(first, snapshot(), "nothing else changed");
        assertTrue(new Http(root).get("api/modules/search?q=" + word).body().contains(key), "still found");

        HttpResponse<String> admin = coordinator.get("admin/modules.xhtml");
        assertEquals(200, admin.statusCode());
        assertTrue(admin.body().contains("data-module=\"" + key + "\""), "the coordinator's page lists the module");
        assertTrue(admin.body().contains("data-origin=\"UPLOAD\""), "with its origin");
        assertTrue(coordinator.get("admin/index.xhtml").body().contains("admin/modules.xhtml"), "linked from the coordination home");
    }

    @Test
    void thePageTakesAPackageAsPrimeFacesSendsItAndShowsTheReport() throws Exception {
        String key = "page-copy-" + u;
        HttpResponse<String> accepted = pageUpload(coordinator, ADMIN_PAGE, key + ".zip", zip(key, module(key, 1)));
        assertEquals(200, accepted.statusCode());
        assertFalse(accepted.body().contains("<error>"), accepted.body());
        assertTrue(accepted.body().contains("data-module=\"" + key + "\" data-status=\"LOADED\""), accepted.body());
        assertEquals(List.of("UPLOAD | 1"), seed.rows("SELECT m.origin, m.version FROM LearningModule m WHERE m.key = '" + key + "'"));

        List<String> before = snapshot();
        Map<String, byte[]> bad = module(key, 2);
        bad.put("resources/email-checklist.en.pdf", "<html><body>not a pdf</body></html>".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> refused = pageUpload(coordinator, ADMIN_PAGE, key + "-v2.zip", zip(key, bad));
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("data-code=\"document.typeMismatch\""), refused.body());
        assertTrue(refused.body().contains("modules/" + key + "/resources/email-checklist.en.pdf"), "the file is named");
        assertTrue(refused.body().contains("id=\"nothingChanged\""), "the page says nothing changed");
        assertEquals(before, snapshot(), "nothing changed");
    }

    /**
     * A trainer authors continuing-education modules from {@code /training/modules.xhtml}: a module of the
     * animateurs' framework is loaded and listed; a learners' module is refused there with nothing changed; the
     * list holds continuing-education modules only; animateurs are refused the page and never see its link.
     */
    @Test
    void aTrainerUploadsAContinuingEducationModuleFromTheTrainingPage() throws Exception {
        UUID epn = seed.epn("EPN Training modules " + u);
        seed.person("anim.tm" + u, "Alix", "Anim" + u, null, SECRET, "ANIMATEUR", epn, null);
        seed.person("trainer.tm" + u, "Theo", "Trainer" + u, null, SECRET, "TRAINER", null, null);
        Http trainer = Http.signedIn(root, "trainer.tm" + u, SECRET);
        assertTrue(trainer.get("training/").body().contains(TRAINING_PAGE), "linked from the training pages");

        String key = "ce-copy-" + u;
        HttpResponse<String> accepted = pageUpload(trainer, TRAINING_PAGE, key + ".zip", zip(key, module(TRAINING_MODULE, key, 1)));
        assertEquals(200, accepted.statusCode());
        assertFalse(accepted.body().contains("<error>"), accepted.body());
        assertTrue(accepted.body().contains("data-module=\"" + key + "\" data-status=\"LOADED\""), accepted.body());
        assertEquals(List.of("UPLOAD | 1"), seed.rows("SELECT m.origin, m.version FROM LearningModule m WHERE m.key = '" + key + "'"));
        String list = trainer.get(TRAINING_PAGE).body();
        assertTrue(list.contains("<tr data-module=\"" + key + "\">"), "the trainer's list shows it");
        assertTrue(list.contains("learn/module.xhtml?m=" + key), "with a link to the module");
        assertTrue(list.contains("data-module=\"" + TRAINING_MODULE + "\""), "and the other continuing-education modules");
        assertFalse(list.contains("data-module=\"" + BASE_MODULE + "\""), "but no learners' module");

        List<String> before = snapshot();
        String learners = "learners-" + u;
        HttpResponse<String> refused = pageUpload(trainer, TRAINING_PAGE, learners + ".zip", zip(learners, module(learners, 1)));
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("data-code=\"module.notTrainingTrack\""), refused.body());
        assertTrue(refused.body().contains("id=\"nothingChanged\""), "the page says nothing changed");
        assertEquals(before, snapshot(), "a learners' module from a trainer changes nothing");

        Http animateur = Http.signedIn(root, "anim.tm" + u, SECRET);
        assertEquals(403, animateur.get(TRAINING_PAGE).statusCode(), "animateurs take these modules, they do not manage them");
        assertFalse(animateur.get("training/").body().contains(TRAINING_PAGE), "nor see the link");
    }

    /**
     * What p:fileUpload (advanced mode) posts on {@code page} (both pages share the form): a multipart ajax
     * request with the view state and the file, as {@code who}.
     */
    private HttpResponse<String> pageUpload(Http who, String page, String fileName, byte[] zip) {
        HttpResponse<String> opened = who.get(page);
        assertEquals(200, opened.statusCode());
        java.util.regex.Matcher state = java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"")
                .matcher(opened.body());
        assertTrue(state.find(), "the page keeps a view state");
        String boundary = "----campus" + u;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("upload", "upload");
        fields.put("jakarta.faces.ViewState", state.group(1));
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", "upload:package");
        fields.put("jakarta.faces.partial.execute", "upload:package");
        fields.put("jakarta.faces.partial.render", "report modules messages upload:packageMessage");
        fields.put("upload:package_totalFilesCount", "1");
        try {
            for (Map.Entry<String, String> field : fields.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                        + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"upload:package\"; filename=\""
                    + fileName + "\"\r\nContent-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(zip);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return who.post(page, "multipart/form-data; boundary=" + boundary,
                HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()), Duration.ofSeconds(120), "Faces-Request", "partial/ajax");
    }

    /** Trainers author continuing-education modules only: a learners' module from a trainer is refused, unchanged. */
    @Test
    void onlyCoordinatorsAndTrainersMayUploadAndTrainersOnlyTheirTrack() throws Exception {
        UUID epn = seed.epn("EPN Upload " + u);
        seed.person("learner.up" + u, "Lea", "Learner" + u, 1990, SECRET, "LEARNER", null, epn);
        seed.person("anim.up" + u, "Andy", "Anim" + u, null, SECRET, "ANIMATEUR", epn, null);
        seed.person("trainer.up" + u, "Tess", "Trainer" + u, null, SECRET, "TRAINER", null, null);
        String key = "denied-" + u;
        byte[] good = zip(key, module(key, 1));
        for (String who : List.of("learner.up", "anim.up")) {
            HttpResponse<String> answer = upload(Http.signedIn(root, who + u, SECRET), good);
            assertEquals(403, answer.statusCode(), who + ": " + answer.body());
        }
        List<String> before = snapshot();
        assertProblem(upload(Http.signedIn(root, "trainer.up" + u, SECRET), good), 422, "module.notTrainingTrack",
                "modules/" + key + "/module.json");
        assertProblem(upload(Http.signedIn(root, "trainer.up" + u, SECRET), zip(BASE_MODULE, module(BASE_MODULE, 99))), 422,
                "module.notTrainingTrack", "modules/" + BASE_MODULE + "/module.json");
        assertEquals(before, snapshot(), "a trainer's refused package changes nothing");
        assertEquals(401, upload(new Http(root), good).statusCode(), "a visitor");
        assertEquals(0, seed.count("SELECT COUNT(m) FROM LearningModule m WHERE m.key = '" + key + "'"));
        assertEquals(403, Http.signedIn(root, "anim.up" + u, SECRET).get("admin/modules.xhtml").statusCode());
    }

    // --- what the database holds about modules -------------------------------------------------------

    /** Every module (key, version, hash, when loaded) and how many files, activities and search terms there are. */
    private List<String> snapshot() {
        List<String> state = new ArrayList<>(seed.rows(
                "SELECT m.key, m.version, m.contentHash, m.loadedAt FROM LearningModule m ORDER BY m.key"));
        state.add("files " + seed.count("SELECT COUNT(f) FROM ModuleFile f"));
        state.add("activities " + seed.count("SELECT COUNT(a) FROM ModuleActivity a"));
        state.add("terms " + seed.count("SELECT COUNT(t) FROM SearchTerm t"));
        return state;
    }

    // --- uploads ------------------------------------------------------------------------------------

    private static HttpResponse<String> upload(Http who, byte[] zip) {
        return who.post(ENDPOINT, "application/zip", HttpRequest.BodyPublishers.ofByteArray(zip), Duration.ofSeconds(120));
    }

    private static JsonObject assertProblem(HttpResponse<String> answer, int status, String code, String file) {
        assertEquals(status, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonArray problems = Http.json(answer).asJsonObject().getJsonArray("problems");
        assertFalse(problems.isEmpty(), answer.body());
        for (JsonValue each : problems) {
            JsonObject problem = each.asJsonObject();
            assertFalse(problem.getString("message", "").isBlank(), "every problem says what is wrong: " + problem);
            assertTrue(problem.containsKey("file") && problem.containsKey("place"), problem.toString());
        }
        return problems.stream().map(JsonValue::asJsonObject)
                .filter(p -> code.equals(p.getString("code", null)) && p.getString("file").equals(file))
                .findFirst().orElseThrow(() -> new AssertionError("no problem " + code + " for " + file + " in " + answer.body()));
    }

    /** The answer to a raw upload that announces {@code declared} bytes and sends zeros until the server stops it. */
    private record RawAnswer(int status, String text, long millis, long sentAtAnswer, long sentInAll) {
    }

    private RawAnswer rawUpload(String session, long declared) throws Exception {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST /" + ENDPOINT + " HTTP/1.1\r\nHost: " + root.getHost() + ":" + root.getPort()
                    + "\r\nCookie: JSESSIONID=" + session + "\r\nContent-Type: application/zip\r\nContent-Length: " + declared
                    + "\r\n\r\n";
            AtomicLong sent = new AtomicLong();
            long start = System.nanoTime();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread writer = new Thread(() -> {
                byte[] chunk = new byte[64 * 1024]; // the body exists only as it is written
                try {
                    while (sent.get() < declared) {
                        out.write(chunk);
                        sent.addAndGet(chunk.length);
                    }
                } catch (IOException e) {
                    // the server closed the connection: expected
                }
            }, "two-gigabytes");
            writer.setDaemon(true);
            writer.start();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0) {
                answer.write(b);
                if (answer.size() > 4 && answer.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
                    break;
                }
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            long sentAtAnswer = sent.get();
            socket.setSoTimeout(5_000);
            try {
                byte[] buffer = new byte[8192];
                int n;
                while ((n = in.read(buffer)) > 0 && answer.size() < 64 * 1024) {
                    answer.write(buffer, 0, n);
                    if (answer.toString(StandardCharsets.UTF_8).contains("]}")) {
                        break;
                    }
                }
            } catch (SocketTimeoutException | java.net.SocketException e) {
                // what came is what we have
            }
            socket.close();
            writer.join(10_000);
            String text = answer.toString(StandardCharsets.UTF_8);
            int status = text.startsWith("HTTP/1.1 ") ? Integer.parseInt(text.substring(9, 12)) : -1;
            return new RawAnswer(status, text, millis, sentAtAnswer, sent.get());
        }
    }

    // --- packages, built here ------------------------------------------------------------------------

    /** The files of email-first-steps (path in the module: bytes), as module {@code id} at {@code version}. */
    private static Map<String, byte[]> module(String id, int version) throws IOException {
        return module(BASE_MODULE, id, version);
    }

    /** The files of the module {@code base} of curricula/modules, as module {@code id} at {@code version}. */
    private static Map<String, byte[]> module(String base, String id, int version) throws IOException {
        Path dir = Path.of(System.getProperty("campus.curricula.dir", "../curricula"), "modules", base);
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        String json = new String(files.get("module.json"), StandardCharsets.UTF_8)
                .replaceFirst("\"id\": \"" + base + "\"", "\"id\": \"" + id + "\"")
                .replaceFirst("\"version\": 1,", "\"version\": " + version + ",");
        files.put("module.json", json.getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /** A package holding one module directory. */
    private static byte[] zip(String id, Map<String, byte[]> files) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        files.forEach((path, bytes) -> entries.put(id + "/" + path, bytes));
        return zipOf(entries);
    }

    private static byte[] zipOf(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** One entry of 1 GB of zeros, deflated to about a megabyte, in an otherwise plausible module directory. */
    private static byte[] bomb() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("bomb/resources/zeros.pdf"));
            byte[] megabyte = new byte[(int) MB];
            for (int i = 0; i < 1024; i++) {
                zip.write(megabyte);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The same PDF behind a user password (AES-256), as an author's "protect" button makes it. */
    private static byte[] encrypt(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(256);
            document.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
