package be.epn.campus.framework.model;

import java.util.Locale;
import java.util.Optional;

/**
 * How an element of one framework relates to an element of another. The names are those of the 1EdTech
 * CASE association types, so a mapping can be exported as CASE associations without translation.
 */
public enum MappingRelation {
    /** Same meaning, same scope (a title may have changed). */
    EXACT_MATCH("exactMatchOf"),
    /** The source element is superseded by the target, typically in a newer version. */
    REPLACED_BY("replacedBy"),
    /** The source element is a part of the broader target element. */
    PART_OF("isPartOf"),
    /** Related in meaning, without equivalence. */
    RELATED("isRelatedTo");

    private final String caseName;

    MappingRelation(String caseName) {
        this.caseName = caseName;
    }

    /** The CASE association type, also the word used in mapping files. */
    public String caseName() {
        return caseName;
    }

    public static Optional<MappingRelation> fromCaseName(String name) {
        for (MappingRelation relation : values()) {
            if (relation.caseName.equals(name) || relation.name().equals(name.toUpperCase(Locale.ROOT))) {
                return Optional.of(relation);
            }
        }
        return Optional.empty();
    }
}
