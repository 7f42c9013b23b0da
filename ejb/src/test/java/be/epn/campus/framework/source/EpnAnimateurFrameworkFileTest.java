package be.epn.campus.framework.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.framework.model.ElementKind;
import be.epn.campus.framework.source.FrameworkDefinition.Area;
import be.epn.campus.framework.source.FrameworkDefinition.Level;
import be.epn.campus.platform.curricula.CurriculumFile;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The EPN animateur framework (issue 7): our own framework, inspired by DigCompEdu and linked to it by a mapping
 * wherever a DigCompEdu competence is near.
 */
class EpnAnimateurFrameworkFileTest {

    static final String ID = "epn-animateur-1.0";
    static final String MAPPING = "frameworks/mappings/epn-animateur-1.0-to-digcompedu-2017.json";

    static FrameworkDefinition animateur;

    @BeforeAll
    static void read() {
        animateur = FrameworkFiles.framework(ID);
    }

    @Test
    void hasSixAreasOfAtLeastThreeCompetencesEachAndAboutTwentyCompetences() {
        assertEquals(6, animateur.areas().size());
        assertTrue(animateur.competenceCount() >= 20 && animateur.competenceCount() <= 24, "competences: " + animateur.competenceCount());
        animateur.areas().forEach(a -> assertTrue(a.competences().size() >= 3, "area " + a.code()));
        FrameworkFiles.assertCompetencesAreNumberedInTheirArea(animateur);
    }

    @Test
    void hasSixLevelsInThreeBandsOfTwo() {
        assertEquals(List.of(1, 2, 3, 4, 5, 6), animateur.levels().stream().map(Level::number).toList());
        assertEquals(List.of("beginning", "beginning", "practising", "practising", "leading", "leading"),
                animateur.levels().stream().map(Level::band).toList());
    }

    @Test
    void isPublishedByEpnCampusWithTitlesInThreeLanguagesAndItsInspiration() {
        assertEquals("EPN Campus", animateur.publisher());
        assertTrue(animateur.sourceUrl().contains("digcompedu"), animateur.sourceUrl());
        FrameworkFiles.assertEachLanguageHasATitleSource(animateur);
        FrameworkFiles.assertDutchTitlesAreTranslated(animateur);
        FrameworkFiles.assertEveryElementHasADescriptionOfItsOwn(animateur);
    }

    @Test
    void everyAreaIsLinkedToDigCompEduAndEveryLevelToItsStep() {
        CurriculumFile file = FrameworkFiles.all().stream().filter(f -> f.name().equals(MAPPING)).findFirst()
                .orElseThrow(() -> new AssertionError("curricula/" + MAPPING + " is missing"));
        MappingDefinition mapping = new MappingFileReader().read(file);

        assertEquals(ID, mapping.source());
        assertEquals("digcompedu-2017", mapping.target());
        Set<String> mappedAreas = mapping.entries().stream().filter(e -> e.kind() == ElementKind.COMPETENCE)
                .map(e -> e.from().substring(0, e.from().indexOf('.'))).collect(Collectors.toSet());
        assertEquals(animateur.areas().stream().map(Area::code).collect(Collectors.toSet()), mappedAreas);
        assertEquals(Set.of("1", "2", "3", "4", "5", "6"), mapping.entries().stream()
                .filter(e -> e.kind() == ElementKind.LEVEL).map(MappingDefinition.Entry::from).collect(Collectors.toSet()));
    }
}
