package be.epn.campus.framework.source;

import be.epn.campus.framework.source.FrameworkDefinition.Area;
import be.epn.campus.framework.source.FrameworkDefinition.Band;
import be.epn.campus.framework.source.FrameworkDefinition.Competence;
import be.epn.campus.framework.source.FrameworkDefinition.Level;
import be.epn.campus.platform.LocalizedText;
import be.epn.campus.platform.StableId;
import be.epn.campus.platform.curricula.CurriculumFile;
import be.epn.campus.platform.curricula.CurriculumProblem;
import be.epn.campus.platform.curricula.DataObject;
import be.epn.campus.platform.curricula.InvalidCurriculumException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads and validates a framework file ({@code curricula/frameworks/<id>/framework.json}, format
 * {@value #FORMAT}, documented in {@code curricula/README.md}). Either returns a complete, consistent
 * definition or throws {@link InvalidCurriculumException} listing every problem with its field.
 */
public final class FrameworkFileReader {

    public static final String FORMAT = "epn-campus/framework@1";
    public static final int TITLE_MAX = 255;
    public static final int DESCRIPTION_MAX = 2000;

    static final Pattern FRAMEWORK_ID = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");
    static final Pattern ELEMENT_CODE = Pattern.compile("[A-Za-z0-9]+(?:\\.[A-Za-z0-9]+)*");
    static final Pattern BAND_CODE = Pattern.compile("[a-z][a-z0-9-]*");

    public FrameworkDefinition read(CurriculumFile file) {
        List<CurriculumProblem> problems = new ArrayList<>();
        FrameworkDefinition definition = DataObject.parse(file, problems)
                .map(top -> read(file, top))
                .orElse(null);
        if (!problems.isEmpty() || definition == null) {
            throw new InvalidCurriculumException(problems);
        }
        return definition;
    }

    private FrameworkDefinition read(CurriculumFile file, DataObject top) {
        String format = top.text("format", 64);
        if (format != null && !FORMAT.equals(format)) {
            top.problem("format", "must be \"" + FORMAT + "\", not \"" + format + "\"");
        }
        String id = top.code("id", FRAMEWORK_ID, "a framework id such as digcomp-2.2 (lower case, digits, '.', '-')");
        if (id != null && !file.directoryName().isEmpty() && !id.equals(file.directoryName())) {
            top.problem("id", "\"" + id + "\" must match the directory name \"" + file.directoryName() + "\"");
        }
        String family = top.code("family", FRAMEWORK_ID, "a family name such as digcomp");
        String version = top.text("version", 32);
        UUID uuid = uuid(top, "uuid", id == null ? null : "framework/" + id);
        LocalizedText title = top.localized("title", TITLE_MAX);
        LocalizedText description = top.localized("description", DESCRIPTION_MAX);
        String publisher = top.text("publisher", TITLE_MAX);
        LocalDate published = date(top, "published");
        String sourceUrl = top.optionalUrl("sourceUrl");
        String licence = top.optionalText("licence", TITLE_MAX);
        LocalizedText titleSources = top.localized("titleSources", DESCRIPTION_MAX);
        List<Band> bands = bands(top);
        List<Level> levels = levels(top, id, bands);
        List<Area> areas = areas(top, id);
        top.rejectUnknownFields();
        return new FrameworkDefinition(id, family, version, uuid, title, description, publisher, published,
                sourceUrl, licence, titleSources, bands, levels, areas);
    }

    private List<Band> bands(DataObject top) {
        List<Band> bands = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (DataObject item : top.objects("bands")) {
            String code = item.code("code", BAND_CODE, "a band code such as foundation");
            if (code != null && !codes.add(code)) {
                item.problem("code", "band \"" + code + "\" appears twice");
            }
            bands.add(new Band(code, item.localized("title", TITLE_MAX), item.localized("description", DESCRIPTION_MAX)));
            item.rejectUnknownFields();
        }
        return bands;
    }

    private List<Level> levels(DataObject top, String frameworkId, List<Band> bands) {
        Set<String> bandCodes = new HashSet<>();
        bands.forEach(b -> bandCodes.add(b.code()));
        Set<String> usedBands = new HashSet<>();
        List<Level> levels = new ArrayList<>();
        List<DataObject> items = top.objects("levels");
        for (int i = 0; i < items.size(); i++) {
            DataObject item = items.get(i);
            Integer number = item.integer("number", 1, 99);
            if (number != null && number != i + 1) {
                item.problem("number", "levels must be numbered 1, 2, 3... in order; expected " + (i + 1) + ", found " + number);
            }
            String band = item.code("band", BAND_CODE, "a band code");
            if (band != null && !bandCodes.contains(band)) {
                item.problem("band", "\"" + band + "\" is not one of the bands " + bandCodes);
            }
            usedBands.add(band);
            UUID uuid = uuid(item, "uuid", frameworkId == null || number == null ? null : "framework/" + frameworkId + "/level/" + number);
            levels.add(new Level(number == null ? 0 : number, band, uuid,
                    item.localized("title", TITLE_MAX), item.localized("description", DESCRIPTION_MAX)));
            item.rejectUnknownFields();
        }
        for (Band band : bands) {
            if (band.code() != null && !items.isEmpty() && !usedBands.contains(band.code())) {
                top.problem("bands", "band \"" + band.code() + "\" has no level");
            }
        }
        return levels;
    }

    private List<Area> areas(DataObject top, String frameworkId) {
        List<Area> areas = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (DataObject item : top.objects("areas")) {
            String code = item.code("code", ELEMENT_CODE, "a code such as 1 or 2.3");
            unique(item, code, codes);
            UUID uuid = uuid(item, "uuid", frameworkId == null || code == null ? null : "framework/" + frameworkId + "/area/" + code);
            LocalizedText title = item.localized("title", TITLE_MAX);
            LocalizedText description = item.localized("description", DESCRIPTION_MAX);
            List<Competence> competences = new ArrayList<>();
            for (DataObject c : item.objects("competences")) {
                String ccode = c.code("code", ELEMENT_CODE, "a code such as 1.1");
                unique(c, ccode, codes);
                UUID cuuid = uuid(c, "uuid", frameworkId == null || ccode == null ? null : "framework/" + frameworkId + "/competence/" + ccode);
                competences.add(new Competence(ccode, cuuid, c.localized("title", TITLE_MAX), c.localized("description", DESCRIPTION_MAX)));
                c.rejectUnknownFields();
            }
            areas.add(new Area(code, uuid, title, description, List.copyOf(competences)));
            item.rejectUnknownFields();
        }
        return areas;
    }

    /** Area and competence codes share one namespace: a code names exactly one element of a framework. */
    private static void unique(DataObject item, String code, Set<String> codes) {
        if (code != null && !codes.add(code)) {
            item.problem("code", "code \"" + code + "\" is used twice in this framework");
        }
    }

    /** The UUID given in the file, or a stable one derived from the element's name. */
    private static UUID uuid(DataObject item, String field, String stableName) {
        String text = item.optionalText(field, 36);
        if (text != null) {
            try {
                return UUID.fromString(text);
            } catch (IllegalArgumentException e) {
                item.problem(field, "\"" + text + "\" is not a UUID");
                return null;
            }
        }
        return stableName == null ? null : StableId.of(stableName);
    }

    private static LocalDate date(DataObject item, String field) {
        String text = item.optionalText(field, 10);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            item.problem(field, "\"" + text + "\" is not a date written YYYY-MM-DD");
            return null;
        }
    }
}
