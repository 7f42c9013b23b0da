package be.epn.campus.framework.api;

import be.epn.campus.platform.api.LocalizedTextDto;
import java.util.List;

/** {@code GET /api/frameworks/{id}}: a framework with every element and the mappings involving it. */
public record FrameworkDetail(
        String id,
        String uuid,
        String family,
        String version,
        LocalizedTextDto title,
        LocalizedTextDto description,
        String publisher,
        String published,
        String sourceUrl,
        String licence,
        LocalizedTextDto titleSources,
        List<Band> bands,
        List<Level> levels,
        List<Area> areas,
        List<Mapping> mappings,
        FrameworkLinks links) {

    /** A band and the numbers of its levels. */
    public record Band(String code, LocalizedTextDto title, LocalizedTextDto description, List<Integer> levels) {
    }

    /** A proficiency level; {@code band} is the code of its band. */
    public record Level(int number, String band, String uuid, LocalizedTextDto title, LocalizedTextDto description) {
    }

    public record Area(String code, String uuid, LocalizedTextDto title, LocalizedTextDto description,
                       List<Competence> competences) {
    }

    public record Competence(String code, String uuid, LocalizedTextDto title, LocalizedTextDto description) {
    }

    /** A mapping from one framework version to another, by framework id. */
    public record Mapping(String from, String to, List<MappingEntry> entries) {
    }

    /**
     * @param kind {@code area}, {@code competence} or {@code level}
     * @param relation the CASE association type: exactMatchOf, replacedBy, isPartOf, isRelatedTo
     */
    public record MappingEntry(String kind, String from, String relation, String to) {
    }
}
