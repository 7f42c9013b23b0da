package be.epn.campus.platform.curricula;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Says where the curricula are read from: the directory named by {@code campus.curricula.dir}
 * (environment {@code CAMPUS_CURRICULA_DIR}) when set, otherwise the copy built into the application.
 */
@ApplicationScoped
public class CurriculaLocation {

    @Inject
    @ConfigProperty(name = "campus.curricula.dir")
    Optional<String> directory;

    public CurriculaTree tree() {
        return directory.filter(d -> !d.isBlank())
                .map(d -> CurriculaTree.inDirectory(Path.of(d)))
                .orElseGet(() -> CurriculaTree.onClasspath(CurriculaLocation.class.getClassLoader()));
    }
}
