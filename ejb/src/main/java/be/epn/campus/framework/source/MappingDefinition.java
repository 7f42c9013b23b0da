package be.epn.campus.framework.source;

import be.epn.campus.framework.model.ElementKind;
import be.epn.campus.framework.model.MappingRelation;
import java.util.List;

/**
 * A mapping file as written, validated for its form. Whether the codes exist in both frameworks is
 * checked when it is loaded, against the frameworks in the database; {@code place} lets that check
 * name the field of each entry.
 */
public record MappingDefinition(String source, String target, List<Entry> entries) {

    public record Entry(String place, ElementKind kind, String from, MappingRelation relation, String to) {
    }
}
