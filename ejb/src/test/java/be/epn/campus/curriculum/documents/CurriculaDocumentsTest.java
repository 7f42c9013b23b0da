package be.epn.campus.curriculum.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * Every picture and document of the curricula passes the inspector that guards the import: a file it refuses
 * would keep its whole module out at start-up, so the refusal must show here first.
 */
class CurriculaDocumentsTest {

    @Test
    void everyFileOfEveryModulePassesTheInspector() {
        CurriculaTree curricula = CurriculaTree.inDirectory(Path.of(System.getProperty("campus.curricula.dir")));
        List<CurriculumProblem> problems = new ArrayList<>();
        int documents = 0;
        for (ModuleFiles module : ModuleFiles.group(curricula.files("modules"))) {
            Map<String, DocumentFacts> facts = new ModuleDocuments().inspect(module, problems);
            documents += (int) facts.values().stream().filter(f -> f.text() != null).count();
        }
        assertEquals(List.of(), problems);
        assertTrue(documents > 0, "the curricula carry documents whose text is searchable");
    }
}
