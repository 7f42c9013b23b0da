package be.epn.campus.platform.curricula;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The curricula: a tree of data files ({@code frameworks/}, later {@code modules/}, {@code items/}).
 * Either a directory on disk (what {@code campus.curricula.dir} names; edits take effect at the next
 * start) or the copy carried in the application under {@code curricula/} on the class path. The copy
 * comes with an index written at build time ({@code curricula/index.txt}), because an application
 * server's class loader cannot list a directory.
 */
public final class CurriculaTree {

    static final String CLASSPATH_ROOT = "curricula/";
    static final String INDEX = CLASSPATH_ROOT + "index.txt";

    private final String description;
    private final Source source;

    /** Where the files' names and bytes come from. */
    private interface Source {
        List<String> names() throws IOException;

        byte[] read(String name) throws IOException;
    }

    private CurriculaTree(String description, Source source) {
        this.description = description;
        this.source = source;
    }

    public static CurriculaTree inDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("The curricula directory " + directory + " does not exist");
        }
        Path root = directory.toAbsolutePath().normalize();
        return new CurriculaTree(root.toString(), new Source() {
            @Override
            public List<String> names() throws IOException {
                try (Stream<Path> paths = Files.walk(root)) {
                    return paths.filter(Files::isRegularFile)
                            .map(p -> root.relativize(p).toString().replace('\\', '/'))
                            .toList();
                }
            }

            @Override
            public byte[] read(String name) throws IOException {
                return Files.readAllBytes(root.resolve(name));
            }
        });
    }

    /** The copy of the curricula packaged with the application (the EJB module's {@code curricula/}). */
    public static CurriculaTree onClasspath(ClassLoader loader) {
        if (loader.getResource(INDEX) == null) {
            throw new IllegalStateException("The application carries no " + INDEX + "; was it built with Maven?");
        }
        return new CurriculaTree("the copy built into the application", new Source() {
            @Override
            public List<String> names() throws IOException {
                try (BufferedReader index = new BufferedReader(new InputStreamReader(open(INDEX), StandardCharsets.UTF_8))) {
                    return index.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
                }
            }

            @Override
            public byte[] read(String name) throws IOException {
                try (InputStream in = open(CLASSPATH_ROOT + name)) {
                    return in.readAllBytes();
                }
            }

            private InputStream open(String resource) throws IOException {
                InputStream in = loader.getResourceAsStream(resource);
                if (in == null) {
                    throw new IOException("The application lists " + resource + " but does not carry it");
                }
                return in;
            }
        });
    }

    /** Where the files come from, for logs and reports. */
    public String description() {
        return description;
    }

    /**
     * Every file under {@code folder}, read whole, in name order so that loading is repeatable. Names are
     * relative to the curricula root, with '/' separators. Empty if there is no such folder.
     */
    public List<CurriculumFile> files(String folder) {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        try {
            List<String> names = source.names().stream().filter(n -> n.startsWith(prefix)).sorted().toList();
            List<CurriculumFile> files = new ArrayList<>();
            for (String name : names) {
                files.add(new CurriculumFile(name, source.read(name)));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the curricula under " + folder + " in " + description, e);
        }
    }
}
