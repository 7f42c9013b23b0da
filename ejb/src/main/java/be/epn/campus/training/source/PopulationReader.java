package be.epn.campus.training.source;

import be.epn.campus.platform.curricula.CurriculumFile;
import be.epn.campus.platform.curricula.CurriculumFolder;
import be.epn.campus.platform.curricula.DataObject;
import be.epn.campus.platform.curricula.InvalidCurriculumException;
import be.epn.campus.training.source.PopulationTable.Municipality;
import be.epn.campus.training.source.PopulationTable.Source;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates the population files ({@code curricula/population/<region>-<year>.json}, format
 * {@value #FORMAT} documented in {@code curricula/README.md}), reporting every problem of every file by file and
 * place. A table whose municipalities do not add up to the total it states is refused: a typo in one figure would
 * otherwise skew every ratio computed from it.
 */
public final class PopulationReader {

    public static final String FORMAT = "epn-campus/population@1";
    public static final String FOLDER = "population";
    private static final Pattern FILE = Pattern.compile(FOLDER + "/([a-z0-9]+(?:-[a-z0-9]+)*)-(\\d{4})\\.json");
    private static final Pattern NIS_CODE = Pattern.compile("\\d{5}");
    /** Far above any Belgian region; a larger figure is a typo (an extra digit). */
    private static final int MAX_POPULATION = 20_000_000;

    /**
     * The population tables held by {@code files} (the curricula files under {@code population/}).
     *
     * @throws InvalidCurriculumException with every problem of every file, named by file and place
     */
    public List<PopulationTable> read(List<CurriculumFile> files) {
        return CurriculumFolder.readAll(files, FILE,
                "population files are named " + FOLDER + "/<region>-<year>.json, e.g. population/brussels-2024.json",
                (top, name) -> table(top, Integer.parseInt(name.group(2))));
    }

    /** One file; {@code null} when a problem was recorded (the caller throws them all at the end). */
    private static PopulationTable table(DataObject top, int fileYear) {
        String format = top.text("format", 64);
        if (format != null && !FORMAT.equals(format)) {
            top.problem("format", "must be \"" + FORMAT + "\", not \"" + format + "\"");
        }
        String region = top.code("region", NIS_CODE, "a NIS code of five digits such as 04000");
        LocalDate date = referenceDate(top, fileYear);
        Source source = top.object("source").map(PopulationReader::source).orElse(null);
        Long total = top.has("total") ? wholeNumber(top, "total") : null;
        List<Municipality> municipalities = municipalities(top);
        top.rejectUnknownFields();
        if (total != null && municipalities != null) {
            long sum = municipalities.stream().mapToLong(Municipality::population).sum();
            if (sum != total) {
                top.problem("total", "the municipalities add up to " + sum + ", not " + total
                        + "; check each figure against the source");
            }
        }
        if (format == null || region == null || date == null || source == null || municipalities == null
                || (top.has("total") && total == null)) {
            return null;
        }
        return new PopulationTable(top.file(), region, date, source, Optional.ofNullable(total), municipalities);
    }

    private static LocalDate referenceDate(DataObject top, int fileYear) {
        String text = top.text("referenceDate", 10);
        if (text == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() != fileYear) {
                top.problem("referenceDate", "is in " + date.getYear() + " but the file name says " + fileYear);
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            top.problem("referenceDate", "\"" + text + "\" is not a date written YYYY-MM-DD");
            return null;
        }
    }

    private static Source source(DataObject source) {
        String publisher = source.text("publisher", 255);
        String title = source.text("title", 255);
        String url = source.url("url");
        String note = source.optionalText("note", 2000);
        source.rejectUnknownFields();
        return publisher == null || title == null || url == null ? null : new Source(publisher, title, url, note);
    }

    /** The municipalities, or null when one of them is wrong (each problem is recorded). */
    private static List<Municipality> municipalities(DataObject top) {
        List<Municipality> municipalities = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        boolean complete = top.has("municipalities");
        for (DataObject item : top.objects("municipalities")) {
            String code = item.code("code", NIS_CODE, "a NIS code of five digits such as 21001");
            if (code != null && !codes.add(code)) {
                item.problem("code", "municipality " + code + " appears twice");
                code = null;
            }
            String[] names = item.object("name").map(PopulationReader::names).orElse(null);
            Long population = wholeNumber(item, "population");
            item.rejectUnknownFields();
            if (code == null || names == null || population == null) {
                complete = false;
            } else {
                municipalities.add(new Municipality(code, names[0], names[1], population));
            }
        }
        return complete && !municipalities.isEmpty() ? municipalities : null;
    }

    /** The official French and Dutch names; English uses them unchanged, so no third language is asked for. */
    private static String[] names(DataObject name) {
        String fr = name.text("fr", 255);
        String nl = name.text("nl", 255);
        name.rejectUnknownFields();
        return fr == null || nl == null ? null : new String[] {fr, nl};
    }

    private static Long wholeNumber(DataObject item, String field) {
        Integer value = item.integer(field, 1, MAX_POPULATION);
        return value == null ? null : value.longValue();
    }
}
