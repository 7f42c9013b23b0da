package be.epn.campus.training.service;

import be.epn.campus.platform.curricula.CurriculaLocation;
import be.epn.campus.platform.curricula.CurriculumFile;
import be.epn.campus.platform.curricula.InvalidCurriculumException;
import be.epn.campus.training.source.PopulationReader;
import be.epn.campus.training.source.PopulationTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The population of the municipalities, from the newest table of {@code curricula/population/}, or from the file
 * named by {@code CAMPUS_POPULATION_FILE} (same format, e.g. figures a network keeps for its own region): read
 * on first use, kept (the figures change once a year, with a new file). Unreadable files give no figures, said
 * in the log and on the coordinator's page, rather than figures half-read.
 */
@ApplicationScoped
public class PopulationFigures {

    private static final Logger LOG = Logger.getLogger(PopulationFigures.class.getName());

    @Inject
    CurriculaLocation location;

    @Inject
    @ConfigProperty(name = "campus.population.file")
    Optional<String> file;

    private volatile Figures figures;

    /** What the ratio needs: the municipalities, and where the figures come from. */
    public record Figures(List<AnimateurRatios.Municipality> municipalities, String source, LocalDate date) {
        public Figures {
            municipalities = List.copyOf(municipalities);
        }
    }

    public Figures figures() {
        Figures current = figures;
        if (current == null) {
            current = read();
            figures = current;
        }
        return current;
    }

    /** The configured file, named as the reader expects ({@code population/<region>-<year>.json}). */
    private static List<CurriculumFile> configured(String name) {
        Path path = Path.of(name);
        try {
            return List.of(CurriculumFile.ofText(PopulationReader.FOLDER + "/" + path.getFileName(), Files.readString(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Figures read() {
        List<PopulationTable> tables;
        try {
            tables = new PopulationReader().read(file.filter(f -> !f.isBlank()).map(PopulationFigures::configured)
                    .orElseGet(() -> location.tree().files(PopulationReader.FOLDER)));
        } catch (InvalidCurriculumException | UncheckedIOException e) {
            LOG.severe(() -> "No population figures: " + e.getMessage());
            return new Figures(List.of(), null, null);
        }
        return tables.stream().max(Comparator.comparing(PopulationTable::referenceDate)).map(t -> new Figures(
                t.municipalities().stream().map(m -> new AnimateurRatios.Municipality(m.code(), List.of(m.nameFr(), m.nameNl()),
                        m.population())).toList(),
                t.source().publisher() + ", " + t.source().title() + " — " + t.source().url(), t.referenceDate()))
                .orElseGet(() -> new Figures(List.of(), null, null));
    }
}
