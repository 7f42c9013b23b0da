package be.epn.campus.platform.curricula;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The curricula: a directory of data files ({@code frameworks/}, later {@code modules/}, {@code items/}).
 * Either a directory on disk (what {@code campus.curricula.dir} names; edits take effect at the next
 * start) or the copy carried in the application under {@code curricula/} on the class path.
 */
public final class CurriculaTree {

    private static final String CLASSPATH_ROOT = "curricula";

    private final Path root;
    private final String description;

    private CurriculaTree(Path root, String description) {
        this.root = root;
        this.description = description;
    }

    public static CurriculaTree inDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("The curricula directory " + directory + " does not exist");
        }
        return new CurriculaTree(directory, directory.toAbsolutePath().normalize().toString());
    }

    /** The copy of the curricula packaged with the application (the EJB module's {@code curricula/}). */
    public static CurriculaTree onClasspath(ClassLoader loader) {
        URL url = loader.getResource(CLASSPATH_ROOT + "/frameworks");
        if (url == null) {
            throw new IllegalStateException("The application carries no curricula/frameworks directory");
        }
        try {
            URI uri = url.toURI();
            Path frameworks;
            if ("jar".equals(uri.getScheme())) {
                FileSystem zip;
                try {
                    zip = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    zip = FileSystems.newFileSystem(uri, Map.of());
                }
                frameworks = zip.provider().getPath(uri);
            } else {
                frameworks = Path.of(uri);
            }
            return new CurriculaTree(frameworks.getParent(), "the application's built-in copy (" + url + ")");
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot read the built-in curricula at " + url, e);
        }
    }

    /** Where the files come from, for logs and reports. */
    public String description() {
        return description;
    }

    /**
     * Every regular file under {@code folder} (relative to the root), read whole, in name order so that
     * loading is repeatable. Names are relative to the root with '/' separators. Empty if the folder is
     * absent.
     */
    public List<CurriculumFile> files(String folder) {
        Path start = root.resolve(folder);
        if (!Files.isDirectory(start)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(start)) {
            List<Path> regular = paths.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(p -> relativeName(p)))
                    .toList();
            List<CurriculumFile> files = new ArrayList<>();
            for (Path path : regular) {
                files.add(new CurriculumFile(relativeName(path), Files.readAllBytes(path)));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the curricula under " + start, e);
        }
    }

    private String relativeName(Path path) {
        StringBuilder name = new StringBuilder();
        for (Path part : root.relativize(path)) {
            if (!name.isEmpty()) {
                name.append('/');
            }
            name.append(part.toString().replace("/", ""));
        }
        return name.toString();
    }
}
