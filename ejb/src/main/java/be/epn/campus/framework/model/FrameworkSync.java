package be.epn.campus.framework.model;

import be.epn.campus.framework.source.FrameworkDefinition;
import be.epn.campus.platform.LocalizedText;
import be.epn.campus.platform.StableId;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Makes a framework's rows say what its curriculum file says. Elements are matched by their code (levels
 * by number), so a corrected title updates the row in place and keeps its id: whatever later points at a
 * competence (evidence, modules, certificates) stays attached. Elements gone from the file are removed.
 */
public final class FrameworkSync {

    private FrameworkSync() {
    }

    /** A new framework built from its definition. */
    public static Framework create(FrameworkDefinition definition, String sourceFile, String contentHash,
                                   LocalDateTime loadedAt) {
        Framework framework = new Framework(definition.id(), definition.uuid());
        update(framework, definition, sourceFile, contentHash, loadedAt);
        return framework;
    }

    /** Brings an existing framework (or a new one) in line with its definition. */
    public static void update(Framework framework, FrameworkDefinition definition, String sourceFile,
                              String contentHash, LocalDateTime loadedAt) {
        framework.describe(definition.family(), definition.version(), definition.title(), definition.description(),
                definition.titleSources(), definition.publisher(), definition.published(), definition.sourceUrl(),
                definition.licence());
        framework.recordLoad(sourceFile, contentHash, loadedAt);

        Map<String, ProficiencyBand> bands = sync(framework.bandsForSync(), ProficiencyBand::getCode,
                definition.bands(), FrameworkDefinition.Band::code,
                band -> new ProficiencyBand(framework, band.code(), bandUuid(definition, band.code())),
                (row, band) -> new Details(bandUuid(definition, band.code()), band.title(), band.description()));

        Map<String, ProficiencyLevel> levels = sync(framework.levelsForSync(), l -> String.valueOf(l.getNumber()),
                definition.levels(), l -> String.valueOf(l.number()),
                level -> new ProficiencyLevel(framework, level.number(), level.uuid()),
                (row, level) -> new Details(level.uuid(), level.title(), level.description()));
        definition.levels().forEach(l -> levels.get(String.valueOf(l.number())).placeIn(bands.get(l.band())));

        Map<String, CompetenceArea> areas = sync(framework.areasForSync(), CompetenceArea::getCode,
                definition.areas(), FrameworkDefinition.Area::code,
                area -> new CompetenceArea(framework, area.code(), area.uuid()),
                (row, area) -> new Details(area.uuid(), area.title(), area.description()));

        List<FrameworkDefinition.Competence> competenceDefinitions = new ArrayList<>();
        Map<String, String> areaOfCompetence = new LinkedHashMap<>();
        for (FrameworkDefinition.Area area : definition.areas()) {
            for (FrameworkDefinition.Competence competence : area.competences()) {
                competenceDefinitions.add(competence);
                areaOfCompetence.put(competence.code(), area.code());
            }
        }
        List<Competence> previous = new ArrayList<>(framework.competencesForSync());
        Map<String, Competence> competences = sync(framework.competencesForSync(), Competence::getCode,
                competenceDefinitions, FrameworkDefinition.Competence::code,
                competence -> new Competence(framework, competence.code(), competence.uuid()),
                (row, competence) -> new Details(competence.uuid(), competence.title(), competence.description()));
        competences.forEach((code, competence) -> competence.placeIn(areas.get(areaOfCompetence.get(code))));
        previous.stream().filter(c -> !competences.containsValue(c)).forEach(Competence::leaveArea);
    }

    private static UUID bandUuid(FrameworkDefinition definition, String code) {
        return StableId.of("framework/" + definition.id() + "/band/" + code);
    }

    /** What the file says of one element, whatever its kind. */
    private record Details(UUID uuid, LocalizedText title, LocalizedText description) {
    }

    /**
     * Matches rows to definitions by key: updates the matched rows, creates the missing ones, removes the
     * rows no definition names (orphan removal deletes them), and keeps the file's order in positions.
     * Returns the rows by key, in the file's order.
     */
    private static <E extends FrameworkElement, D> Map<String, E> sync(
            List<E> rows, Function<E, String> rowKey, List<D> definitions, Function<D, String> definitionKey,
            Function<D, E> create, java.util.function.BiFunction<E, D, Details> details) {
        Map<String, E> existing = new LinkedHashMap<>();
        rows.forEach(row -> existing.put(rowKey.apply(row), row));
        Map<String, E> result = new LinkedHashMap<>();
        int position = 0;
        for (D definition : definitions) {
            String key = definitionKey.apply(definition);
            E row = existing.remove(key);
            if (row == null) {
                row = create.apply(definition);
                rows.add(row);
            }
            Details d = details.apply(row, definition);
            if (!row.getUuid().equals(d.uuid())) {
                row.reidentify(d.uuid());
            }
            row.describe(position++, d.title(), d.description());
            result.put(key, row);
        }
        rows.removeAll(existing.values());
        return result;
    }
}
