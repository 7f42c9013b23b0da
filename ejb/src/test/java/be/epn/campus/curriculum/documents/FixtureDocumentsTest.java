package be.epn.campus.curriculum.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.curriculum.model.DocumentFacts;
import be.epn.campus.curriculum.service.ModuleDocuments;
import be.epn.campus.curriculum.source.ModuleFiles;
import be.epn.campus.platform.curricula.CurriculaTree;
import be.epn.campus.platform.curricula.CurriculumProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The files of the test module pass the inspector, through its real caller. */
class FixtureDocumentsTest {

    @Test
    void theTinyModulesPdfAndSvgPass() throws Exception {
        Path fixtures = Path.of(FixtureDocumentsTest.class.getResource("/fixtures").toURI());
        ModuleFiles tiny = ModuleFiles.group(CurriculaTree.inDirectory(fixtures).files("modules")).get(0);
        List<CurriculumProblem> problems = new ArrayList<>();

        Map<String, DocumentFacts> facts = new ModuleDocuments().inspect(tiny, problems);

        assertEquals(List.of(), problems);
        DocumentFacts sheet = facts.get("resources/sheet.pdf");
        assertEquals("application/pdf", sheet.mediaType());
        assertEquals("Fiche", sheet.title());
        assertEquals("fr", sheet.language());
        assertEquals(1, sheet.pages());
        assertTrue(sheet.text().contains("Une fiche pour les tests."), sheet.text());
        assertEquals("image/svg+xml", facts.get("images/screen.svg").mediaType());
        assertNull(facts.get("images/screen.svg").text());
    }
}
