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
 * The DigCompEdu file in {@code curricula/} holds the official numbers and English titles (Redecker, JRC, 2017,
 * doi:10.2760/159770; sources per title in docs/reference-digcompedu.md), the six levels A1 to C2, and our own
 * descriptions in three languages.
 */
class DigCompEduFrameworkFileTest {

    /** Official numbers and English titles, in the official order. */
    static final Map<String, String> OFFICIAL = new LinkedHashMap<>();

    static {
        OFFICIAL.put("1", "Professional Engagement");
        OFFICIAL.put("1.1", "Organisational communication");
        OFFICIAL.put("1.2", "Professional Collaboration");
        OFFICIAL.put("1.3", "Reflective Practice");
        OFFICIAL.put("1.4", "Digital Continuous Professional Development");
        OFFICIAL.put("2", "Digital Resources");
        OFFICIAL.put("2.1", "Selecting digital resources");
        OFFICIAL.put("2.2", "Creating and modifying digital content");
        OFFICIAL.put("2.3", "Managing, protecting and sharing digital resources");
        OFFICIAL.put("3", "Teaching and Learning");
        OFFICIAL.put("3.1", "Teaching");
        OFFICIAL.put("3.2", "Guidance");
        OFFICIAL.put("3.3", "Collaborative learning");
        OFFICIAL.put("3.4", "Self-regulated learning");
        OFFICIAL.put("4", "Assessment");
        OFFICIAL.put("4.1", "Assessment strategies");
        OFFICIAL.put("4.2", "Analysing evidence");
        OFFICIAL.put("4.3", "Feedback and planning");
        OFFICIAL.put("5", "Empowering Learners");
        OFFICIAL.put("5.1", "Accessibility and inclusion");
        OFFICIAL.put("5.2", "Differentiation and personalisation");
        OFFICIAL.put("5.3", "Actively engaging learners");
        OFFICIAL.put("6", "Facilitating Learners' Digital Competence");
        OFFICIAL.put("6.1", "Information and media literacy");
        OFFICIAL.put("6.2", "Digital communication and collaboration");
        OFFICIAL.put("6.3", "Digital content creation");
        OFFICIAL.put("6.4", "Responsible use");
        OFFICIAL.put("6.5", "Digital problem solving");
    }

    static FrameworkDefinition digcompedu;

    @BeforeAll
    static void read() {
        digcompedu = FrameworkFiles.framework("digcompedu-2017");
    }

    @Test
    void hasSixAreasAndTwentyTwoCompetencesWithTheirOfficialNumbersAndEnglishTitles() {
        assertEquals(6, digcompedu.areas().size());
        assertEquals(22, digcompedu.competenceCount());
        FrameworkFiles.assertCompetencesAreNumberedInTheirArea(digcompedu);
        Map<String, LocalizedText> titles = FrameworkFiles.titles(digcompedu);
        assertEquals(List.copyOf(OFFICIAL.keySet()), List.copyOf(titles.keySet()), "numbers, in the official order");
        OFFICIAL.forEach((code, english) -> assertEquals(english, titles.get(code).raw(Language.EN), "English title of " + code));
    }

    @Test
    void hasTheSixLevelsNewcomerToPioneerInThreeBandsOfTwo() {
        assertEquals(List.of("A1 — Newcomer", "A2 — Explorer", "B1 — Integrator", "B2 — Expert", "C1 — Leader", "C2 — Pioneer"),
                digcompedu.levels().stream().map(l -> l.title().raw(Language.EN)).toList());
        assertEquals(List.of("a", "a", "b", "b", "c", "c"), digcompedu.levels().stream().map(Level::band).toList());
    }

    @Test
    void dutchTitlesAreTranslations() {
        FrameworkFiles.assertDutchTitlesAreTranslated(digcompedu);
    }

    @Test
    void everyElementHasADescriptionOfItsOwnInEachLanguage() {
        FrameworkFiles.assertEveryElementHasADescriptionOfItsOwn(digcompedu);
    }

    @Test
    void recordsWhereEachLanguagesTitlesComeFromAndPointsAtThePublication() {
        FrameworkFiles.assertEachLanguageHasATitleSource(digcompedu);
        assertTrue(digcompedu.titleSources().raw(Language.EN).contains("10.2760/159770"));
        assertEquals("https://doi.org/10.2760/159770", digcompedu.sourceUrl());
    }
}
