package be.epn.campus.curriculum.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.epn.campus.framework.source.FrameworkDefinition;
import be.epn.campus.framework.source.FrameworkFileReader;
import be.epn.campus.platform.curricula.CurriculaTree;
import be.epn.campus.platform.curricula.CurriculumFile;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every module in {@code curricula/modules/} is valid, alone and against the frameworks and each other. */
class ModuleFilesTest {

    static final CurriculaTree CURRICULA = CurriculaTree.inDirectory(Path.of(System.getProperty("campus.curricula.dir")));

    static List<ModuleDefinition> modules() {
        return ModuleFiles.group(CURRICULA.files("modules")).stream().map(new ModuleFileReader()::read).toList();
    }

    static Map<String, ModuleChecks.FrameworkFacts> frameworks() {
        Map<String, ModuleChecks.FrameworkFacts> facts = new HashMap<>();
        for (CurriculumFile file : CURRICULA.files("frameworks")) {
            if (file.name().endsWith("/framework.json")) {
                FrameworkDefinition framework = new FrameworkFileReader().read(file);
                facts.put(framework.id(), new ModuleChecks.FrameworkFacts(framework.areas().stream()
                        .flatMap(a -> a.competences().stream()).map(FrameworkDefinition.Competence::code)
                        .collect(Collectors.toSet()), framework.levels().size()));
            }
        }
        return facts;
    }

    @Test
    void everyModuleIsValidAndFitsTheFrameworksAndTheOtherModules() {
        List<ModuleDefinition> modules = modules();
        Map<String, ModuleChecks.FrameworkFacts> frameworks = frameworks();

        assertEquals(Map.of(), ModuleChecks.check(modules, id -> Optional.ofNullable(frameworks.get(id))));
    }
}
