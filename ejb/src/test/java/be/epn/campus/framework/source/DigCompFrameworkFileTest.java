package be.epn.campus.framework.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.framework.source.FrameworkDefinition.Level;
import be.epn.campus.platform.Language;
import be.epn.campus.platform.LocalizedText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The DigComp 2.2 file in {@code curricula/} holds the official numbers and English titles (JRC128415),
 * the usual French titles, Dutch titles, and our own descriptions in three languages.
 */
class DigCompFrameworkFileTest {

    /** Official numbers and titles, DigComp 2.2 (JRC, 2022). */
    static final Map<String, String[]> OFFICIAL = new LinkedHashMap<>();

    static {
        official("1", "Information and data literacy", "Maîtrise de l'information et des données");
        official("1.1", "Browsing, searching and filtering data, information and digital content",
                "Naviguer, rechercher et filtrer des données, des informations et des contenus numériques");
        official("1.2", "Evaluating data, information and digital content",
                "Évaluer des données, des informations et des contenus numériques");
        official("1.3", "Managing data, information and digital content",
                "Gérer des données, des informations et des contenus numériques");
        official("2", "Communication and collaboration", "Communication et collaboration");
        official("2.1", "Interacting through digital technologies",
                "Interagir par l'intermédiaire des technologies numériques");
        official("2.2", "Sharing through digital technologies",
                "Partager par l'intermédiaire des technologies numériques");
        official("2.3", "Engaging in citizenship through digital technologies",
                "S'engager dans la citoyenneté par l'intermédiaire des technologies numériques");
        official("2.4", "Collaborating through digital technologies",
                "Collaborer par l'intermédiaire des technologies numériques");
        official("2.5", "Netiquette", "Nétiquette");
        official("2.6", "Managing digital identity", "Gérer son identité numérique");
        official("3", "Digital content creation", "Création de contenus numériques");
        official("3.1", "Developing digital content", "Développer des contenus numériques");
        official("3.2", "Integrating and re-elaborating digital content",
                "Intégrer et réélaborer des contenus numériques");
        official("3.3", "Copyright and licences", "Droits d'auteur et licences");
        official("3.4", "Programming", "Programmation");
        official("4", "Safety", "Sécurité");
        official("4.1", "Protecting devices", "Protéger les appareils");
        official("4.2", "Protecting personal data and privacy", "Protéger les données personnelles et la vie privée");
        official("4.3", "Protecting health and well-being", "Protéger la santé et le bien-être");
        official("4.4", "Protecting the environment", "Protéger l'environnement");
        official("5", "Problem solving", "Résolution de problèmes");
        official("5.1", "Solving technical problems", "Résoudre des problèmes techniques");
        official("5.2", "Identifying needs and technological responses",
                "Identifier des besoins et des réponses technologiques");
        official("5.3", "Creatively using digital technologies",
                "Utiliser de manière créative les technologies numériques");
        official("5.4", "Identifying digital competence gaps",
                "Identifier les lacunes en matière de compétences numériques");
    }

    private static void official(String code, String en, String fr) {
        OFFICIAL.put(code, new String[] {en, fr});
    }

    static FrameworkDefinition digcomp;

    @BeforeAll
    static void read() {
        digcomp = FrameworkFiles.framework("digcomp-2.2");
    }

    @Test
    void hasFiveAreasAndTwentyOneCompetencesWithTheirOfficialNumbersAndTitles() {
        assertEquals(5, digcomp.areas().size());
        assertEquals(21, digcomp.competenceCount());
        FrameworkFiles.assertCompetencesAreNumberedInTheirArea(digcomp);
        Map<String, LocalizedText> titles = FrameworkFiles.titles(digcomp);
        assertEquals(List.copyOf(OFFICIAL.keySet()), List.copyOf(titles.keySet()), "numbers, in the official order");
        OFFICIAL.forEach((code, expected) -> {
            assertEquals(expected[0], titles.get(code).raw(Language.EN), "English title of " + code);
            assertEquals(expected[1], titles.get(code).raw(Language.FR), "French title of " + code);
        });
    }

    @Test
    void dutchTitlesAreTranslations() {
        FrameworkFiles.assertDutchTitlesAreTranslated(digcomp);
    }

    @Test
    void hasEightLevelsInFourBandsOfTwo() {
        assertEquals(8, digcomp.levels().size());
        assertEquals(List.of("foundation", "intermediate", "advanced", "highly-specialised"),
                digcomp.bands().stream().map(FrameworkDefinition.Band::code).toList());
        List<String> bandOfLevel = digcomp.levels().stream().map(Level::band).toList();
        assertEquals(List.of("foundation", "foundation", "intermediate", "intermediate", "advanced", "advanced",
                "highly-specialised", "highly-specialised"), bandOfLevel);
    }

    @Test
    void everyElementHasADescriptionOfItsOwnInEachLanguage() {
        FrameworkFiles.assertEveryElementHasADescriptionOfItsOwn(digcomp);
    }

    @Test
    void recordsWhereEachLanguagesTitlesComeFrom() {
        FrameworkFiles.assertEachLanguageHasATitleSource(digcomp);
        assertTrue(digcomp.sourceUrl().contains("JRC128415") || digcomp.sourceUrl().contains("jrc"), digcomp.sourceUrl());
    }
}
