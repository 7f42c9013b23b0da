package be.epn.campus.framework.source;

import be.epn.campus.platform.LocalizedText;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A competence framework as written in its curriculum file, already validated: what the loader turns
 * into database rows. Identifiers are stable: given in the file, or derived from the framework id and
 * the element's code (see {@link be.epn.campus.platform.StableId}).
 */
public record FrameworkDefinition(
        String id,
        String family,
        String version,
        UUID uuid,
        LocalizedText title,
        LocalizedText description,
        String publisher,
        LocalDate published,
        String sourceUrl,
        String licence,
        LocalizedText titleSources,
        List<Band> bands,
        List<Level> levels,
        List<Area> areas) {

    /** A group of consecutive levels (DigComp: foundation, intermediate, advanced, highly specialised). */
    public record Band(String code, LocalizedText title, LocalizedText description) {
    }

    /** A proficiency level, numbered from 1 upwards. */
    public record Level(int number, String band, UUID uuid, LocalizedText title, LocalizedText description) {
    }

    /** A competence area and its competences, in the order of the framework. */
    public record Area(String code, UUID uuid, LocalizedText title, LocalizedText description,
                       List<Competence> competences) {
    }

    public record Competence(String code, UUID uuid, LocalizedText title, LocalizedText description) {
    }

    public int competenceCount() {
        return areas.stream().mapToInt(a -> a.competences().size()).sum();
    }
}
