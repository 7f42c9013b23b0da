package be.epn.campus.curriculum.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.platform.curricula.CurriculumFile;
import be.epn.campus.platform.curricula.CurriculumProblem;
import be.epn.campus.platform.curricula.InvalidCurriculumException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModulePackageTest {

    private static final long MB = 1024L * 1024L;

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static List<CurriculumProblem> problems(InputStream upload) {
        return assertThrows(InvalidCurriculumException.class, () -> new ModulePackage().read(upload)).problems();
    }

    static List<CurriculumProblem> problems(byte[] zip) {
        return problems(new ByteArrayInputStream(zip));
    }

    @Test
    void aPackageOfTwoModulesIsReadBack() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("alpha/", new byte[0]);
        entries.put("alpha/module.json", text("{\"id\": \"alpha\"}"));
        entries.put("alpha/lessons/a.fr.md", text("# Bonjour"));
        entries.put("alpha/.DS_Store", new byte[] {0, 0, 0, 1});
        entries.put("__MACOSX/alpha/._module.json", new byte[] {5, 6});
        entries.put("modules/beta/module.json", text("{\"id\": \"beta\"}"));
        entries.put("modules/beta/images/x.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        List<ModuleFiles> modules = new ModulePackage().read(new ByteArrayInputStream(zip(entries)));

        assertEquals(List.of("alpha", "beta"), modules.stream().map(ModuleFiles::moduleId).toList());
        assertEquals(List.of("lessons/a.fr.md", "module.json"), List.copyOf(modules.get(0).byPath().keySet()));
        assertEquals(List.of("images/x.png", "module.json"), List.copyOf(modules.get(1).byPath().keySet()));
        CurriculumFile lesson = modules.get(0).byPath().get("lessons/a.fr.md");
        assertEquals("modules/alpha/lessons/a.fr.md", lesson.name());
        assertArrayEquals(text("# Bonjour"), lesson.content());
        assertEquals("modules/beta/images/x.png", modules.get(1).byPath().get("images/x.png").name());
        assertArrayEquals(entries.get("modules/beta/images/x.png"), modules.get(1).byPath().get("images/x.png").content());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.txt", "alpha/../../evil.txt", "alpha/..", "/etc/passwd", "alpha\\..\\..\\evil.txt",
            "C:/Windows/evil.txt", "alpha/c:evil", "alpha/a\u0000.txt", "alpha//twice.txt", "./alpha/module.json"})
    void anUnsafeEntryRefusesTheWholePackageAndIsNamed(String unsafe) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("alpha/module.json", text("{}"));
        entries.put(unsafe, text("gotcha"));
        entries.put("alpha/lessons/after.md", text("still read, so that every problem is reported"));

        List<CurriculumProblem> problems = problems(zip(entries));

        assertEquals(1, problems.size(), problems.toString());
        assertEquals(unsafe, problems.get(0).file());
        assertTrue(problems.get(0).message().startsWith("unsafe name"), problems.toString());
    }

    @Test
    void everyUnsafeEntryIsReportedAtOnce() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("../one.txt", text("1"));
        entries.put("/two.txt", text("2"));

        List<CurriculumProblem> problems = problems(zip(entries));

        assertEquals(List.of("../one.txt", "/two.txt"), problems.stream().map(CurriculumProblem::file).toList());
    }

    @Test
    void filesOutsideAModuleDirectoryDuplicatesAndBadIdsAreProblems() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("README.txt", text("hello"));
        entries.put("Alpha Module/module.json", text("{}"));
        entries.put("alpha/module.json", text("{}"));
        entries.put("modules/alpha/module.json", text("{}"));

        List<CurriculumProblem> problems = problems(zip(entries));

        assertEquals(List.of("README.txt", "Alpha Module/module.json", "modules/alpha/module.json"),
                problems.stream().map(CurriculumProblem::file).toList());
        assertTrue(problems.get(2).message().contains("twice"), problems.toString());
    }

    @Test
    void somethingThatIsNotAZipHoldsNoModule() {
        List<CurriculumProblem> problems = problems(text("%PDF-1.7 not a zip at all"));

        assertEquals(List.of(new CurriculumProblem(ModulePackage.PACKAGE, "zip",
                "the package holds no module (a zip of module directories is expected)", ProblemCodes.EMPTY)), problems);
    }

    @Test
    void aZipBombIsRefusedWithoutInflatingIt() throws IOException {
        // one entry of 1 GB of zeros, deflated as a stream: about 1 MB
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("alpha/resources/zeros.pdf"));
            byte[] zeros = new byte[(int) MB];
            for (int i = 0; i < 1024; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        CountingStream upload = new CountingStream(bytes.toByteArray());
        long start = System.nanoTime();

        List<CurriculumProblem> problems = problems(upload);

        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals("alpha/resources/zeros.pdf", problems.get(0).file());
        assertTrue(problems.get(0).message().contains("zip bomb"), problems.toString());
        assertTrue(upload.read < 64 * 1024, upload.read + " bytes read");
        assertTrue(millis < 1_000, millis + " ms");
        System.out.println("[measure] zip bomb (" + bytes.size() + " bytes, 1 GB of zeros) refused in " + millis
                + " ms after reading " + upload.read + " bytes of it");
    }

    @Test
    void aTwoGigabyteUploadOfOneFileStopsAtTheFileLimit() {
        LazyZipUpload upload = new LazyZipUpload(2L << 30, (2L << 30) - 100);

        List<CurriculumProblem> problems = problems(upload);

        assertEquals(List.of(new CurriculumProblem("big-upload/part-0.bin", "entry",
                "this file is larger than 20 MB once unpacked", ProblemCodes.FILE_TOO_LARGE)), problems);
        assertTrue(upload.served() <= 20 * MB + 128 * 1024, upload.served() + " bytes read");
        System.out.println("[measure] 2 GB upload, one stored file: refused after reading " + upload.served() + " bytes");
    }

    @Test
    void aTwoGigabyteUploadOfManyFilesStopsAtThePackageLimit() {
        // 10 MB files: each within the file limit, and stored, so that no ratio or inflation limit applies
        LazyZipUpload upload = new LazyZipUpload(2L << 30, 10 * MB);

        List<CurriculumProblem> problems = problems(upload);

        assertEquals("the package is larger than 200 MB", problems.get(0).message(), problems.toString());
        assertTrue(upload.served() <= 200 * MB + 1, upload.served() + " bytes read");
        System.out.println("[measure] 2 GB upload, 10 MB stored files: refused after reading " + upload.served() + " bytes");
    }

    @Test
    void tooManyEntriesAreRefused() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i <= 2_000; i++) {
            entries.put("alpha/f" + i + ".txt", new byte[0]);
        }

        List<CurriculumProblem> problems = problems(zip(entries));

        assertEquals("the package holds more than 2000 files and directories", problems.get(0).message());
    }

    @Test
    void aDamagedZipIsAProblemNotACrash() throws IOException {
        byte[] good = zip(Map.of("alpha/module.json", text("{\"id\": \"alpha\", \"padding\": \"" + "x".repeat(500) + "\"}")));
        byte[] damaged = java.util.Arrays.copyOf(good, 60);

        List<CurriculumProblem> problems = problems(damaged);

        assertEquals("the package is damaged or is not a zip file", problems.get(problems.size() - 1).message());
    }

    /** The bytes of a zip, counting how many were read. */
    static final class CountingStream extends ByteArrayInputStream {
        long read;

        CountingStream(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            int n = super.read(b, off, len);
            read += Math.max(n, 0);
            return n;
        }

        @Override
        public synchronized int read() {
            int b = super.read();
            read += b < 0 ? 0 : 1;
            return b;
        }
    }
}
