package be.epn.campus.framework.interop;

import be.epn.campus.framework.model.Competence;
import be.epn.campus.framework.model.CompetenceArea;
import be.epn.campus.framework.model.ElementKind;
import be.epn.campus.framework.model.Framework;
import be.epn.campus.framework.model.FrameworkElement;
import be.epn.campus.framework.model.ProficiencyLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One framework element as a CASE item: its human code, its item type, its parent in the tree (null for
 * the document itself) and its rank among its siblings, from 1.
 */
record CaseNode(FrameworkElement element, String code, String itemType, FrameworkElement parent, int sequence) {

    static final String AREA = "Competence Area";
    static final String COMPETENCE = "Competence";
    static final String LEVEL = "Proficiency Level";

    /** Every exported element in tree order: each area followed by its competences, then the levels. */
    static List<CaseNode> of(Framework framework) {
        List<CaseNode> nodes = new ArrayList<>();
        int areaRank = 0;
        for (CompetenceArea area : framework.getAreas()) {
            nodes.add(new CaseNode(area, area.getCode(), AREA, null, ++areaRank));
            int competenceRank = 0;
            for (Competence competence : competencesOf(framework, area)) {
                nodes.add(new CaseNode(competence, competence.getCode(), COMPETENCE, area, ++competenceRank));
            }
        }
        int levelRank = 0;
        for (ProficiencyLevel level : framework.getLevels()) {
            nodes.add(new CaseNode(level, String.valueOf(level.getNumber()), LEVEL, null, ++levelRank));
        }
        return nodes;
    }

    /**
     * The area's competences from the framework's own list, which is what a reload keeps exact; the
     * area's list is navigation only and may still hold a competence a reload removed.
     */
    static List<Competence> competencesOf(Framework framework, CompetenceArea area) {
        return framework.getCompetences().stream().filter(c -> c.getArea() != null && c.getArea().getCode().equals(area.getCode())).toList();
    }

    /** The element a mapping entry names by kind and code (levels by number); empty when it is gone. */
    static Optional<? extends FrameworkElement> element(Framework framework, ElementKind kind, String code) {
        return switch (kind) {
            case AREA -> framework.area(code);
            case COMPETENCE -> framework.competence(code);
            case LEVEL -> levelNumber(code).flatMap(framework::level);
        };
    }

    private static Optional<Integer> levelNumber(String code) {
        try {
            return Optional.of(Integer.parseInt(code));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
