package be.epn.campus.framework.source;

import be.epn.campus.framework.model.ElementKind;
import be.epn.campus.framework.model.MappingRelation;
import be.epn.campus.platform.curricula.CurriculumFile;
import be.epn.campus.platform.curricula.CurriculumProblem;
import be.epn.campus.platform.curricula.DataObject;
import be.epn.campus.platform.curricula.InvalidCurriculumException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a mapping file ({@code curricula/frameworks/mappings/*.json}, format {@value #FORMAT}).
 */
public final class MappingFileReader {

    public static final String FORMAT = "epn-campus/framework-mapping@1";

    public MappingDefinition read(CurriculumFile file) {
        List<CurriculumProblem> problems = new ArrayList<>();
        MappingDefinition definition = DataObject.parse(file, problems).map(this::read).orElse(null);
        if (!problems.isEmpty() || definition == null) {
            throw new InvalidCurriculumException(problems);
        }
        return definition;
    }

    private MappingDefinition read(DataObject top) {
        String format = top.text("format", 64);
        if (format != null && !FORMAT.equals(format)) {
            top.problem("format", "must be \"" + FORMAT + "\", not \"" + format + "\"");
        }
        String source = top.code("from", FrameworkFileReader.FRAMEWORK_ID, "a framework id such as digcomp-2.2");
        String target = top.code("to", FrameworkFileReader.FRAMEWORK_ID, "a framework id such as digcomp-3.0");
        if (source != null && source.equals(target)) {
            top.problem("to", "a mapping relates two different frameworks");
        }
        top.optionalText("note", FrameworkFileReader.DESCRIPTION_MAX);
        List<MappingDefinition.Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DataObject item : top.objects("entries")) {
            ElementKind kind = kind(item);
            String from = item.code("from", FrameworkFileReader.ELEMENT_CODE, "an element code such as 1.1");
            String to = item.code("to", FrameworkFileReader.ELEMENT_CODE, "an element code such as 1.1");
            MappingRelation relation = relation(item);
            item.rejectUnknownFields();
            if (kind != null && from != null && to != null && relation != null) {
                if (!seen.add(kind + "|" + from + "|" + to)) {
                    item.problem(null, "the same " + kind.name().toLowerCase(Locale.ROOT) + " " + from + " -> " + to + " appears twice");
                }
                entries.add(new MappingDefinition.Entry(item.path(), kind, from, relation, to));
            }
        }
        top.rejectUnknownFields();
        return new MappingDefinition(source, target, entries);
    }

    private static ElementKind kind(DataObject item) {
        String text = item.text("kind", 16);
        if (text == null) {
            return null;
        }
        try {
            return ElementKind.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            item.problem("kind", "\"" + text + "\" is not one of area, competence, level");
            return null;
        }
    }

    private static MappingRelation relation(DataObject item) {
        String text = item.text("relation", 32);
        if (text == null) {
            return null;
        }
        return MappingRelation.fromCaseName(text).orElseGet(() -> {
            item.problem("relation", "\"" + text + "\" is not one of " + Arrays.stream(MappingRelation.values())
                    .map(MappingRelation::caseName).collect(Collectors.joining(", ")));
            return null;
        });
    }
}
