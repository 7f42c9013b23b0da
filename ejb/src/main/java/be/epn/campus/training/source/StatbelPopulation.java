package be.epn.campus.training.source;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Turns Statbel's open data file <i>Population par lieu de résidence, nationalité, état civil, âge et sexe</i>
 * ({@code TF_SOC_POP_STRUCT_<YEAR>.zip}, or the {@code .txt} inside it) into a population file in the format
 * {@value PopulationReader#FORMAT}: the rows of one region summed per municipality. The file has one row per
 * municipality, sex, nationality, civil status and age, so no figure in it is a municipality's population; summing
 * by a tool rather than by hand keeps a slip out of the figures the charter's ratio is computed from.
 */
public final class StatbelPopulation {

    static final String PUBLISHER = "Statbel (Directorate-General Statistics - Statistics Belgium)";
    static final String TITLE = "Population par lieu de résidence, nationalité, état civil, âge et sexe"
            + " / Bevolking naar woonplaats, nationaliteit, burgerlijke staat, leeftijd en geslacht";
    private static final String DOWNLOADS = "https://statbel.fgov.be/sites/default/files/files/opendata/"
            + "bevolking%20naar%20woonplaats%2C%20nationaliteit%20burgelijke%20staat%20%2C%20leeftijd%20en%20geslacht/";

    /** The columns read, each under the names Statbel has used over the years (recent name first). */
    private static final List<String> CODE = List.of("CD_REFNIS", "CD_MUNTY_REFNIS");
    private static final List<String> NAME_FR = List.of("TX_DESCR_FR", "TX_MUNTY_DESCR_FR");
    private static final List<String> NAME_NL = List.of("TX_DESCR_NL", "TX_MUNTY_DESCR_NL");
    private static final List<String> REGION = List.of("CD_RGN_REFNIS");
    private static final List<String> COUNT = List.of("MS_POPULATION");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");
    /** A UTF-8 byte order mark as it reads when the bytes are taken as Latin-1 (see {@link #rows}). */
    private static final String BOM = "\u00ef\u00bb\u00bf";

    private final String region;
    private final int year;
    private final SortedMap<String, PopulationTable.Municipality> municipalities;

    private StatbelPopulation(String region, int year, SortedMap<String, PopulationTable.Municipality> municipalities) {
        this.region = region;
        this.year = year;
        this.municipalities = municipalities;
    }

    /**
     * Reads a Statbel file (the zip as downloaded, or the text file inside it) and keeps the rows of one region.
     *
     * @param file   the zip or the pipe-separated text file; not closed
     * @param region the NIS code of the region, e.g. {@code 04000} for Brussels-Capital
     * @param year   the year of the file ({@code TF_SOC_POP_STRUCT_<YEAR>}): its figures describe 1 January
     * @throws IllegalArgumentException when the file lacks a column, holds a count that is not a whole number, or
     *                                  has no row for the region; the message says what and where
     */
    public static StatbelPopulation read(InputStream file, String region, int year) throws IOException {
        if (region == null || !DIGITS.matcher(region).matches()) {
            throw new IllegalArgumentException("the region is a NIS code such as 04000, not \"" + region + "\"");
        }
        int wanted = Integer.parseInt(region);
        var totals = new TreeMap<String, long[]>();
        var names = new TreeMap<String, String[]>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(text(file), StandardCharsets.ISO_8859_1))) {
            int[] at = columns(lines.readLine());
            int number = 1;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] row = line.split("\\|", -1);
                if (row.length <= Arrays.stream(at).max().getAsInt()) {
                    throw new IllegalArgumentException("line " + number + " has " + row.length
                            + " values, fewer than the header's columns");
                }
                long count = wholeNumber(row[at[4]], COUNT.get(0), number);
                if (wholeNumber(row[at[3]], REGION.get(0), number) == wanted) {
                    String code = row[at[0]].trim();
                    totals.computeIfAbsent(code, c -> new long[1])[0] += count;
                    names.computeIfAbsent(code, c -> new String[] {decoded(row[at[1]]), decoded(row[at[2]])});
                }
            }
        }
        if (totals.isEmpty()) {
            throw new IllegalArgumentException("no row has " + REGION.get(0) + " " + region
                    + " (Brussels-Capital is 04000, Flanders 02000, Wallonia 03000)");
        }
        var municipalities = new TreeMap<String, PopulationTable.Municipality>();
        totals.forEach((code, sum) -> municipalities.put(code,
                new PopulationTable.Municipality(code, names.get(code)[0], names.get(code)[1], sum[0])));
        return new StatbelPopulation(String.format("%05d", wanted), year, municipalities);
    }

    /** The municipalities of the region, sorted by NIS code, with the sums of their rows. */
    public List<PopulationTable.Municipality> municipalities() {
        return List.copyOf(municipalities.values());
    }

    /** The sum of every row of the region: what Statbel's published regional total should equal. */
    public long total() {
        return municipalities.values().stream().mapToLong(PopulationTable.Municipality::population).sum();
    }

    /** The region's population file, in the format {@value PopulationReader#FORMAT} (see curricula/README.md). */
    public String json() {
        var out = new StringBuilder();
        out.append("{\n  \"format\": ").append(quoted(PopulationReader.FORMAT))
                .append(",\n  \"region\": ").append(quoted(region))
                .append(",\n  \"referenceDate\": ").append(quoted(year + "-01-01"))
                .append(",\n  \"source\": {\n    \"publisher\": ").append(quoted(PUBLISHER))
                .append(",\n    \"title\": ").append(quoted(TITLE))
                .append(",\n    \"url\": ").append(quoted(DOWNLOADS + "TF_SOC_POP_STRUCT_" + year + ".zip"))
                .append(",\n    \"note\": ").append(quoted("Summed per municipality by tools/population-from-statbel"
                        + " from the rows of TF_SOC_POP_STRUCT_" + year + ".txt (one row per sex, nationality, civil"
                        + " status and age; count MS_POPULATION), population on 1 January " + year + ". Belgian"
                        + " definition of the population: people entered in the population registers; asylum"
                        + " seekers in the waiting register are not counted."))
                .append("\n  },\n  \"total\": ").append(total())
                .append(",\n  \"municipalities\": [\n");
        List<String> items = new ArrayList<>();
        for (PopulationTable.Municipality m : municipalities.values()) {
            // One municipality per line, as in the README: a later year's file then differs line by line.
            items.add("    {\"code\": " + quoted(m.code()) + ", \"name\": {\"fr\": " + quoted(m.nameFr())
                    + ", \"nl\": " + quoted(m.nameNl()) + "}, \"population\": " + m.population() + "}");
        }
        return out.append(String.join(",\n", items)).append("\n  ]\n}\n").toString();
    }

    /** The text file: the stream itself, or the first {@code .txt} entry when it is a zip. */
    private static InputStream text(InputStream file) throws IOException {
        var in = new BufferedInputStream(file);
        in.mark(4);
        byte[] magic = in.readNBytes(4);
        in.reset();
        if (!Arrays.equals(magic, new byte[] {'P', 'K', 3, 4})) {
            return in;
        }
        var zip = new ZipInputStream(in);
        List<String> seen = new ArrayList<>();
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            if (entry.getName().toLowerCase().endsWith(".txt")) {
                return zip;
            }
            seen.add(entry.getName());
        }
        throw new IllegalArgumentException("the zip holds no .txt file, only " + seen);
    }

    /**
     * Where each needed column is (code, French name, Dutch name, region, count), found by name: Statbel has
     * renamed and reordered columns over the years, so a position would silently read the wrong one.
     */
    private static int[] columns(String header) {
        if (header == null) {
            throw new IllegalArgumentException("the file is empty");
        }
        List<String> found = Arrays.stream(header.replaceFirst("^" + BOM, "").split("\\|", -1))
                .map(name -> name.trim().toUpperCase()).toList();
        List<List<String>> needed = List.of(CODE, NAME_FR, NAME_NL, REGION, COUNT);
        int[] at = new int[needed.size()];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < at.length; i++) {
            at[i] = needed.get(i).stream().mapToInt(found::indexOf).filter(p -> p >= 0).findFirst().orElse(-1);
            if (at[i] < 0) {
                missing.add(String.join(" or ", needed.get(i)));
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the header lacks the column(s) " + String.join(", ", missing)
                    + "; it has " + String.join(", ", found));
        }
        return at;
    }

    private static long wholeNumber(String value, String column, int line) {
        String text = value.trim();
        if (!DIGITS.matcher(text).matches()) {
            throw new IllegalArgumentException("line " + line + ": " + column + " is \"" + text
                    + "\", not a whole number");
        }
        return Long.parseLong(text);
    }

    /**
     * A name read as Latin-1 bytes, decoded as UTF-8 when the bytes are valid UTF-8, else as Windows-1252. Statbel
     * has published both encodings; bytes of accented Latin-1 text are practically never valid UTF-8, so the test
     * tells them apart, and reading lines as Latin-1 first never fails whatever the encoding.
     */
    private static String decoded(String latin1) {
        byte[] bytes = latin1.trim().getBytes(StandardCharsets.ISO_8859_1);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /** A JSON string: quotes, backslashes and control characters escaped; other characters as they are. */
    private static String quoted(String text) {
        var out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
