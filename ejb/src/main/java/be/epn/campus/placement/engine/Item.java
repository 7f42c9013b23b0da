package be.epn.campus.placement.engine;

import java.util.Objects;

/**
 * One placement item as the engine sees it: what it measures and its calibrated parameters. The wording, the
 * media and the answer key live elsewhere; the engine needs only the answer's correctness.
 *
 * @param id         stable identifier, the key of answers saved and replayed
 * @param competence DigComp competence code, e.g. "1.2"
 * @param area       DigComp competence area, e.g. "1": the ability that the item measures
 * @param level      DigComp proficiency level that the author aimed at, 1 to 8
 * @param parameters the 3PL parameters on the area's ability scale
 */
public record Item(String id, String competence, String area, int level, ItemParameters parameters) {

    public Item {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(competence, "competence");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(parameters, "parameters");
        if (id.isBlank()) {
            throw new IllegalArgumentException("an item needs an id");
        }
        if (!competence.startsWith(area + ".")) {
            throw new IllegalArgumentException("competence " + competence + " is not in area " + area);
        }
        if (level < LevelScale.LOWEST || level > LevelScale.HIGHEST) {
            throw new IllegalArgumentException("DigComp level must be 1 to 8: " + level);
        }
    }

    /** An item whose area is the part of its competence code before the dot ("1.2" is in area "1"). */
    public static Item of(String id, String competence, int level, ItemParameters parameters) {
        int dot = competence.indexOf('.');
        if (dot <= 0) {
            throw new IllegalArgumentException("competence code must look like \"1.2\": " + competence);
        }
        return new Item(id, competence, competence.substring(0, dot), level, parameters);
    }
}
