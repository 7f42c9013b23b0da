package be.epn.campus.platform.curricula;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurriculaTreeTest {

    @Test
    void theBuiltInCopyHoldsTheSameFilesAsTheCheckout() {
        List<CurriculumFile> builtIn = CurriculaTree.onClasspath(getClass().getClassLoader()).files("frameworks");
        List<CurriculumFile> checkout = CurriculaTree.inDirectory(Path.of(System.getProperty("campus.curricula.dir"))).files("frameworks");

        assertEquals(checkout.stream().map(CurriculumFile::name).toList(), builtIn.stream().map(CurriculumFile::name).toList());
        for (int i = 0; i < checkout.size(); i++) {
            assertArrayEquals(checkout.get(i).content(), builtIn.get(i).content(), checkout.get(i).name());
        }
        assertTrue(builtIn.stream().anyMatch(f -> f.name().equals("frameworks/digcomp-2.2/framework.json")));
    }

    @Test
    void filesAreListedRelativeToTheRootInNameOrder(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("frameworks/b"));
        Files.createDirectories(root.resolve("frameworks/a"));
        Files.writeString(root.resolve("frameworks/b/framework.json"), "{}");
        Files.writeString(root.resolve("frameworks/a/framework.json"), "{}");
        Files.writeString(root.resolve("other.txt"), "not a framework");

        List<CurriculumFile> files = CurriculaTree.inDirectory(root).files("frameworks");

        assertEquals(List.of("frameworks/a/framework.json", "frameworks/b/framework.json"),
                files.stream().map(CurriculumFile::name).toList());
        assertEquals("a", files.get(0).directoryName());
        assertEquals(List.of(), CurriculaTree.inDirectory(root).files("modules"));
    }

    @Test
    void aMissingDirectoryIsRefusedClearly(@TempDir Path root) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> CurriculaTree.inDirectory(root.resolve("nowhere")));
        assertTrue(refused.getMessage().contains("nowhere"));
    }
}
