package be.epn.campus.certification.rules;

import be.epn.campus.certification.rules.CertificateType.AreaLevelRule;
import be.epn.campus.certification.rules.CertificateType.IssuingMode;
import be.epn.campus.platform.LocalizedText;
import be.epn.campus.platform.curricula.CurriculumFile;
import be.epn.campus.platform.curricula.CurriculumFolder;
import be.epn.campus.platform.curricula.DataObject;
import be.epn.campus.platform.curricula.InvalidCurriculumException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads and validates the certificate types ({@code curricula/certificates/<id>.json}, format {@value #FORMAT}
 * documented in {@code curricula/README.md}), reporting every problem of every file by file and place. Checks
 * that need the framework (the area and the level exist) are {@link CertificateTypeChecks}'s.
 */
public final class CertificateTypeReader {

    public static final String FORMAT = "epn-campus/certificates@1";
    public static final String FOLDER = "certificates";
    private static final Pattern FILE = Pattern.compile(FOLDER + "/([a-z0-9]+(?:[.-][a-z0-9]+)*)\\.json");
    private static final Pattern FRAMEWORK = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]+(?:\\.[A-Za-z0-9]+)*");

    /**
     * The certificate types held by {@code files} (the curricula files under {@code certificates/}).
     *
     * @throws InvalidCurriculumException with every problem of every file, named by file and place
     */
    public List<CertificateType> read(List<CurriculumFile> files) {
        return CurriculumFolder.readAll(files, FILE,
                "certificate files are named " + FOLDER + "/<id>.json, e.g. certificates/digcomp-2.2-area-1-level-2.json",
                (top, name) -> type(top, name.group(1)));
    }

    /** One file; {@code null} when a problem was recorded (the caller throws them all at the end). */
    private static CertificateType type(DataObject top, String fileId) {
        String format = top.text("format", 64);
        if (format != null && !FORMAT.equals(format)) {
            top.problem("format", "must be \"" + FORMAT + "\", not \"" + format + "\"");
        }
        String id = top.code("id", FRAMEWORK, "lower-case letters and digits joined by . or -");
        if (id != null && !id.equals(fileId)) {
            top.problem("id", "\"" + id + "\" must match the file name \"" + fileId + ".json\"");
        }
        String framework = top.code("framework", FRAMEWORK, "a framework id such as digcomp-2.2");
        LocalizedText title = top.localized("title", 255);
        LocalizedText description = top.localized("description", 2000);
        LocalizedText criteria = top.localized("criteria", 2000);
        AreaLevelRule rule = top.object("rule").map(CertificateTypeReader::rule).orElse(null);
        IssuingMode issuing = issuing(top);
        top.rejectUnknownFields();
        if (format == null || id == null || framework == null || title == null || description == null
                || criteria == null || rule == null || issuing == null) {
            return null;
        }
        return new CertificateType(id, framework, title, description, criteria, rule, issuing, top.file());
    }

    private static AreaLevelRule rule(DataObject rule) {
        String area = rule.code("area", CODE, "an area code such as 1");
        Integer level = rule.integer("level", 1, 99);
        rule.rejectUnknownFields();
        return area == null || level == null ? null : new AreaLevelRule(area, level);
    }

    private static IssuingMode issuing(DataObject top) {
        String value = top.text("issuing", 16);
        if (value == null) {
            return null;
        }
        Optional<IssuingMode> mode = Arrays.stream(IssuingMode.values()).filter(m -> m.code().equals(value)).findFirst();
        if (mode.isEmpty()) {
            top.problem("issuing", "must be \"manual\" or \"automatic\", not \"" + value + "\"");
        }
        return mode.orElse(null);
    }
}
