package be.epn.campus.framework.api;

import be.epn.campus.framework.model.Framework;
import be.epn.campus.framework.model.FrameworkSync;
import be.epn.campus.framework.source.FrameworkFileReader;
import be.epn.campus.platform.curricula.CurriculumFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

/** The ejb module's tiny fixture framework (2 areas, 3 competences, 2 bands, 2 levels), built in memory. */
final class TinyFramework {

    private static final Path FIXTURE = Path.of(System.getProperty("basedir", "."))
            .resolve("../ejb/src/test/resources/fixtures/frameworks/tiny-1.0/framework.json");

    private TinyFramework() {
    }

    /** The fixture under another id (and so other UUIDs); {@code transform} may edit the JSON further. */
    static Framework load(String id, java.util.function.UnaryOperator<String> transform) {
        try {
            String json = transform.apply(Files.readString(FIXTURE, StandardCharsets.UTF_8).replace("tiny-1.0", id));
            String name = "frameworks/" + id + "/framework.json";
            return FrameworkSync.create(new FrameworkFileReader().read(CurriculumFile.ofText(name, json)),
                    name, "hash", LocalDateTime.of(2026, 1, 20, 8, 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads an edited fixture into an existing framework, as the loader does when a file changes. */
    static void reload(Framework framework, java.util.function.UnaryOperator<String> transform) {
        try {
            String json = transform.apply(Files.readString(FIXTURE, StandardCharsets.UTF_8).replace("tiny-1.0", framework.getKey()));
            String name = "frameworks/" + framework.getKey() + "/framework.json";
            FrameworkSync.update(framework, new FrameworkFileReader().read(CurriculumFile.ofText(name, json)),
                    name, "hash-2", LocalDateTime.of(2026, 1, 22, 8, 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Framework load() {
        return load("tiny-1.0", json -> json);
    }
}
