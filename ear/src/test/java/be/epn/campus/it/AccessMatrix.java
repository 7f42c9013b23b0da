package be.epn.campus.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The machine-readable authorization table of {@code docs/authorization.md}: one row per page or endpoint,
 * {@code allow} or {@code deny} per role. Read from the checkout, so that the document people read and
 * the test that proves it can never drift apart.
 */
public final class AccessMatrix {

    public static final List<String> ROLES = List.of("anonymous", "learner", "animateur", "trainer", "coordinator");

    private static final String START = "<!-- authorization-matrix:start -->";
    private static final String END = "<!-- authorization-matrix:end -->";
    private static final List<String> HEADER = List.of("path", "method", "anonymous", "learner", "animateur", "trainer", "coordinator");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    /** One row: {@code path} as written (with its query and placeholders), the method, and allow per role. */
    public record Row(String path, String method, Map<String, Boolean> allowed) {

        public boolean allows(String role) {
            return allowed.get(role);
        }

        /** The path without its query: what the server resolves. */
        public String resource() {
            int query = path.indexOf('?');
            return query < 0 ? path : path.substring(0, query);
        }

        public boolean isApi() {
            return path.startsWith("/api/");
        }

        /** A page of the web module: a Facelets view, or a folder whose welcome file is one. */
        public boolean isPage() {
            return resource().endsWith("/") || resource().endsWith(".xhtml");
        }

        /** The Facelets view this page row opens ({@code /desk/} opens {@code /desk/index.xhtml}). */
        public String view() {
            return resource().endsWith("/") ? resource() + "index.xhtml" : resource();
        }

        /** The path with every {@code {name}} replaced by its value; an unknown placeholder is an error. */
        public String fill(Map<String, String> values) {
            Matcher m = PLACEHOLDER.matcher(path);
            StringBuilder filled = new StringBuilder();
            while (m.find()) {
                String value = values.get(m.group(1));
                if (value == null) {
                    throw new IllegalStateException("No value for {" + m.group(1) + "} in " + path);
                }
                m.appendReplacement(filled, Matcher.quoteReplacement(value));
            }
            return m.appendTail(filled).toString();
        }

        public boolean takes(String placeholder) {
            return path.contains("{" + placeholder + "}");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private final List<Row> rows;

    private AccessMatrix(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The table of {@code docs/authorization.md} in this checkout (found next to the curricula folder). */
    public static AccessMatrix fromCheckout() {
        Path curricula = Path.of(System.getProperty("campus.curricula.dir", "../curricula")).toAbsolutePath().normalize();
        return read(curricula.getParent().resolve("docs/authorization.md"));
    }

    public static AccessMatrix read(Path document) {
        try {
            return parse(Files.readString(document, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AccessMatrix parse(String markdown) {
        int start = markdown.indexOf(START);
        int end = markdown.indexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalStateException("No " + START + " ... " + END + " section");
        }
        List<String> lines = markdown.substring(start + START.length(), end).lines()
                .map(String::strip).filter(l -> l.startsWith("|")).toList();
        if (lines.size() < 3 || !cells(lines.get(0)).equals(HEADER)) {
            throw new IllegalStateException("The table must start with | " + String.join(" | ", HEADER) + " |");
        }
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(2, lines.size())) {
            rows.add(row(cells(line), line));
        }
        return new AccessMatrix(rows);
    }

    private static Row row(List<String> cells, String line) {
        if (cells.size() != HEADER.size()) {
            throw new IllegalStateException("Expected " + HEADER.size() + " cells: " + line);
        }
        Map<String, Boolean> allowed = new LinkedHashMap<>();
        for (int i = 0; i < ROLES.size(); i++) {
            String cell = cells.get(i + 2);
            if (!cell.equals("allow") && !cell.equals("deny")) {
                throw new IllegalStateException("A cell is allow or deny, not '" + cell + "': " + line);
            }
            allowed.put(ROLES.get(i), cell.equals("allow"));
        }
        String path = cells.get(0);
        if (!path.startsWith("/")) {
            throw new IllegalStateException("A path starts with /: " + line);
        }
        return new Row(path, cells.get(1).toUpperCase(java.util.Locale.ROOT), allowed);
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
        return Arrays.stream(inner.split("\\|", -1)).map(String::strip).map(c -> c.replace("`", "")).toList();
    }

    public List<Row> rows() {
        return rows;
    }
}
