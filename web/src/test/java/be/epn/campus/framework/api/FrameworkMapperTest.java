package be.epn.campus.framework.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import be.epn.campus.framework.model.ElementKind;
import be.epn.campus.framework.model.Framework;
import be.epn.campus.framework.model.FrameworkMapping;
import be.epn.campus.framework.model.MappingEntry;
import be.epn.campus.framework.model.MappingRelation;
import be.epn.campus.platform.api.LocalizedTextDto;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameworkMapperTest {

    private final Framework tiny = TinyFramework.load();
    private final FrameworkMapper mapper = new FrameworkMapper(URI.create("https://campus.example/api/"));

    @Test
    void summarisesAFrameworkWithTheSizeOfEachPart() {
        FrameworkSummary summary = mapper.summary(tiny);

        assertEquals("tiny-1.0", summary.id());
        assertEquals(tiny.getUuid().toString(), summary.uuid());
        assertEquals("tiny", summary.family());
        assertEquals("1.0", summary.version());
        assertEquals("EPN Campus tests", summary.publisher());
        assertEquals(2, summary.areas());
        assertEquals(3, summary.competences());
        assertEquals(2, summary.levels());
        assertEquals(new LocalizedTextDto("Cadre minuscule", "Klein kader", "Tiny framework"), summary.title());
    }

    @Test
    void linksToTheFrameworkAndItsCasePackageUnderTheApiBase() {
        FrameworkLinks links = new FrameworkMapper(URI.create("http://localhost:8080/campus/api")).summary(tiny).links();

        assertEquals("http://localhost:8080/campus/api/frameworks/tiny-1.0", links.self());
        assertEquals("http://localhost:8080/campus/api/frameworks/tiny-1.0/case", links.casePackage());
    }

    @Test
    void detailsEveryElementWithItsTextsInTheThreeLanguages() {
        FrameworkDetail detail = mapper.detail(tiny, List.of());

        assertEquals(List.of("1", "2"), detail.areas().stream().map(FrameworkDetail.Area::code).toList());
        assertEquals(List.of("1.1", "1.2"), detail.areas().get(0).competences().stream().map(FrameworkDetail.Competence::code).toList());
        FrameworkDetail.Competence three = detail.areas().get(1).competences().get(0);
        assertEquals(new LocalizedTextDto("Compétence trois", "Competentie drie", "Competence three"), three.title());
        assertEquals(new LocalizedTextDto("Faire trois.", "Drie doen.", "Doing three."), three.description());
        assertEquals(tiny.competence("2.1").orElseThrow().getUuid().toString(), three.uuid());
        assertEquals(new LocalizedTextDto("Un cadre pour les tests.", "Een kader voor tests.", "A framework for tests."), detail.description());
        assertEquals("2026-01-15", detail.published());
        assertEquals("CC BY 4.0", detail.licence());
        assertEquals("https://example.org/tiny", detail.sourceUrl());
    }

    @Test
    void aBandListsAllItsLevelsInOrder() {
        String level3 = "{\"number\": 3, \"band\": \"high\", \"title\": {\"fr\": \"Niveau 3\", \"nl\": \"Niveau 3\", "
                + "\"en\": \"Level 3\"}, \"description\": {\"fr\": \"Guider.\", \"nl\": \"Begeleiden.\", \"en\": \"Guiding.\"}}";
        Framework threeLevels = TinyFramework.load("tiny-3.0", json -> json
                .replace("{\"number\": 2, \"band\": \"high\"", "{\"number\": 2, \"band\": \"low\"")
                .replace("\"en\": \"Alone.\"}}\n  ],", "\"en\": \"Alone.\"}},\n    " + level3 + "\n  ],"));

        FrameworkDetail detail = mapper.detail(threeLevels, List.of());

        assertEquals(List.of(1, 2), detail.bands().get(0).levels());
        assertEquals(List.of(3), detail.bands().get(1).levels());
        assertEquals("low", detail.levels().get(1).band());
    }

    @Test
    void bandsOfTheFixtureListTheirLevels() {
        FrameworkDetail detail = mapper.detail(tiny, List.of());

        assertEquals("low", detail.bands().get(0).code());
        assertEquals(List.of(1), detail.bands().get(0).levels());
        assertEquals(List.of(2), detail.bands().get(1).levels());
        assertEquals(new LocalizedTextDto("Haut", "Hoog", "High"), detail.bands().get(1).title());
        assertEquals(List.of(1, 2), detail.levels().stream().map(FrameworkDetail.Level::number).toList());
        assertEquals("high", detail.levels().get(1).band());
        assertEquals(tiny.level(1).orElseThrow().getUuid().toString(), detail.levels().get(0).uuid());
    }

    @Test
    void listsMappingsByFrameworkIdWithTheirEntriesInCaseTerms() {
        Framework next = TinyFramework.load("tiny-2.0", json -> json);
        FrameworkMapping mapping = new FrameworkMapping(tiny, next);
        mapping.replaceEntries(List.of(
                new MappingEntry.Draft(ElementKind.COMPETENCE, "1.1", MappingRelation.EXACT_MATCH, "1.1"),
                new MappingEntry.Draft(ElementKind.LEVEL, "2", MappingRelation.PART_OF, "1")),
                "mappings/tiny.json", "hash", LocalDateTime.of(2026, 1, 21, 9, 0));

        List<FrameworkDetail.Mapping> mappings = mapper.detail(next, List.of(mapping)).mappings();

        assertEquals(1, mappings.size());
        assertEquals("tiny-1.0", mappings.get(0).from());
        assertEquals("tiny-2.0", mappings.get(0).to());
        assertEquals(List.of(new FrameworkDetail.MappingEntry("competence", "1.1", "exactMatchOf", "1.1"),
                new FrameworkDetail.MappingEntry("level", "2", "isPartOf", "1")), mappings.get(0).entries());
    }

    @Test
    void anAreaListsOnlyTheCompetencesItStillHasAfterAReload() {
        Framework reloaded = TinyFramework.load();
        TinyFramework.reload(reloaded, json -> {
            int start = json.indexOf(",\n       {\"code\": \"1.2\"");
            return json.substring(0, start) + json.substring(json.indexOf("\n     ]}", start));
        });

        FrameworkDetail detail = mapper.detail(reloaded, List.of());

        assertEquals(List.of("1.1"), detail.areas().get(0).competences().stream().map(FrameworkDetail.Competence::code).toList());
        assertEquals(2, mapper.summary(reloaded).competences());
    }

    @Test
    void leavesOutWhatTheFrameworkDoesNotSay() {
        Framework bare = TinyFramework.load("tiny-0.1", json -> json.replace("  \"licence\": \"CC BY 4.0\",\n", ""));

        assertNull(mapper.detail(bare, List.of()).licence());
        assertNull(LocalizedTextDto.of(null));
    }
}
