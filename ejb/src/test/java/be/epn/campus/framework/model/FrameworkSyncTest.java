package be.epn.campus.framework.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import be.epn.campus.framework.source.FrameworkDefinition;
import be.epn.campus.framework.source.FrameworkFileReader;
import be.epn.campus.platform.Language;
import be.epn.campus.platform.curricula.CurriculumFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class FrameworkSyncTest {

    private static final String NAME = "frameworks/tiny-1.0/framework.json";
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 26, 10, 0);

    private static FrameworkDefinition tiny(UnaryOperator<String> edit) {
        try (InputStream in = FrameworkSyncTest.class.getResourceAsStream("/fixtures/" + NAME)) {
            String json = edit.apply(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return new FrameworkFileReader().read(CurriculumFile.ofText(NAME, json));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> codes(List<Competence> competences) {
        return competences.stream().map(Competence::getCode).toList();
    }

    @Test
    void createsEveryElementInFileOrderWithItsArea() {
        Framework framework = FrameworkSync.create(tiny(s -> s), NAME, "h1", NOW);

        assertEquals(List.of("1.1", "1.2", "2.1"), codes(framework.getCompetences()));
        assertEquals(List.of("1.1", "1.2"), codes(framework.getAreas().get(0).getCompetences()));
        assertSame(framework.getAreas().get(1), framework.competence("2.1").orElseThrow().getArea());
        assertEquals("high", framework.level(2).orElseThrow().getBand().getCode());
        assertEquals(true, framework.isLoadedFrom("h1"));
    }

    @Test
    void anUpdateKeepsMatchingElementsAndDropsTheOthersEverywhere() {
        Framework framework = FrameworkSync.create(tiny(s -> s), NAME, "h1", NOW);
        Competence first = framework.competence("1.1").orElseThrow();
        String withoutOneTwo = "{\"code\": \"1.2\", \"title\": {\"fr\": \"Compétence deux\", \"nl\": \"Competentie twee\", "
                + "\"en\": \"Competence two\"},\n        \"description\": {\"fr\": \"Faire deux.\", \"nl\": \"Twee doen.\", "
                + "\"en\": \"Doing two.\"}}";

        FrameworkSync.update(framework, tiny(s -> s.replace(",\n       " + withoutOneTwo, "")
                .replace("\"en\": \"Competence one\"", "\"en\": \"Competence one, revised\"")), NAME, "h2", NOW);

        assertSame(first, framework.competence("1.1").orElseThrow(), "the same row is updated in place");
        assertEquals("Competence one, revised", first.getTitle().raw(Language.EN));
        assertEquals(List.of("1.1", "2.1"), codes(framework.getCompetences()));
        assertEquals(List.of("1.1"), codes(framework.getAreas().get(0).getCompetences()), "the area forgets it too");
        assertEquals(true, framework.isLoadedFrom("h2"));
    }

    @Test
    void aCompetenceCanMoveToAnotherArea() {
        Framework framework = FrameworkSync.create(tiny(s -> s), NAME, "h1", NOW);
        Competence moving = framework.competence("2.1").orElseThrow();
        FrameworkDefinition moved = tiny(s -> s);
        FrameworkDefinition.Area one = moved.areas().get(0);
        FrameworkDefinition.Area two = moved.areas().get(1);
        List<FrameworkDefinition.Competence> all = List.of(one.competences().get(0), one.competences().get(1), two.competences().get(0));
        FrameworkDefinition definition = new FrameworkDefinition(moved.id(), moved.family(), moved.version(), moved.uuid(),
                moved.title(), moved.description(), moved.publisher(), moved.published(), moved.sourceUrl(), moved.licence(),
                moved.titleSources(), moved.bands(), moved.levels(), List.of(
                        new FrameworkDefinition.Area(one.code(), one.uuid(), one.title(), one.description(), all),
                        new FrameworkDefinition.Area(two.code(), two.uuid(), two.title(), two.description(),
                                List.of(new FrameworkDefinition.Competence("2.2", be.epn.campus.platform.StableId.of("test/2.2"), two.title(), two.description())))));

        FrameworkSync.update(framework, definition, NAME, "h2", NOW);

        assertSame(framework.getAreas().get(0), moving.getArea());
        assertEquals(List.of("1.1", "1.2", "2.1"), codes(framework.getAreas().get(0).getCompetences()));
        assertEquals(List.of("2.2"), codes(framework.getAreas().get(1).getCompetences()));
    }
}
