package be.epn.campus.framework.source;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.platform.curricula.CurriculaTree;
import be.epn.campus.platform.curricula.CurriculumFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every framework and mapping file in {@code curricula/frameworks/} is valid in the documented format. */
class CurriculaFilesTest {

    private final List<CurriculumFile> files = CurriculaTree
            .inDirectory(Path.of(System.getProperty("campus.curricula.dir")))
            .files("frameworks");

    @Test
    void everyFrameworkFileIsValid() {
        List<CurriculumFile> frameworks = files.stream()
                .filter(f -> f.name().matches("frameworks/[^/]+/framework\\.json")).toList();
        assertFalse(frameworks.isEmpty());
        frameworks.forEach(new FrameworkFileReader()::read);
    }

    @Test
    void everyMappingFileIsWellFormed() {
        files.stream().filter(f -> f.name().matches("frameworks/mappings/[^/]+\\.json"))
                .forEach(new MappingFileReader()::read);
    }

    @Test
    void noJsonFileIsLeftWhereTheLoaderWouldIgnoreIt() {
        files.stream().filter(f -> f.name().endsWith(".json")).forEach(f -> assertTrue(
                f.name().matches("frameworks/([^/]+/framework|mappings/[^/]+)\\.json"),
                f.name() + " is neither <id>/framework.json nor mappings/<name>.json"));
    }
}
