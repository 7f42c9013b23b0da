package be.epn.campus.training.service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Animateurs per 10,000 inhabitants per municipality: the charter's target is one. Pure: the caller passes where
 * each animateur works and the population figures. An animateur who works in two municipalities counts in both
 * (they serve both); an EPN whose municipality is not in the figures is reported, never guessed.
 */
public final class AnimateurRatios {

    /** The charter's target: one animateur per 10,000 inhabitants. */
    public static final double TARGET_PER_10K = 1.0;

    private AnimateurRatios() {
    }

    /** One municipality of the figures: its code, its names (any language), its population. */
    public record Municipality(String code, List<String> names, long population) {
        public Municipality {
            names = List.copyOf(names);
        }
    }

    /** Where one animateur works: their id and the municipality written on each of their EPNs. */
    public record Workplaces(long animateur, Collection<String> municipalities) {
    }

    /** The ratio of one municipality; {@code perTenThousand} is animateurs × 10,000 ÷ population. */
    public record Ratio(String code, String name, long population, int animateurs, double perTenThousand) {
        public boolean belowTarget() {
            return perTenThousand < TARGET_PER_10K;
        }
    }

    /** Every municipality of the figures (with 0 animateurs where none works), and the names matched to none. */
    public record Result(List<Ratio> ratios, Set<String> unmatched) {
    }

    public static Result compute(List<Municipality> figures, List<Workplaces> animateurs) {
        Map<String, Municipality> byName = new LinkedHashMap<>();
        figures.forEach(m -> m.names().forEach(n -> byName.put(key(n), m)));
        Map<String, Set<Long>> working = new LinkedHashMap<>();
        Set<String> unmatched = new HashSet<>();
        for (Workplaces w : animateurs) {
            for (String written : w.municipalities()) {
                Optional<Municipality> found = Optional.ofNullable(byName.get(key(written)));
                found.ifPresentOrElse(m -> working.computeIfAbsent(m.code(), c -> new HashSet<>()).add(w.animateur()),
                        () -> unmatched.add(written));
            }
        }
        List<Ratio> ratios = new ArrayList<>();
        for (Municipality m : figures) {
            int count = working.getOrDefault(m.code(), Set.of()).size();
            ratios.add(new Ratio(m.code(), m.names().get(0), m.population(), count,
                    m.population() <= 0 ? 0 : count * 10_000.0 / m.population()));
        }
        return new Result(ratios, unmatched);
    }

    /** "Saint-Josse-ten-Noode", "saint josse ten noode" and "SAINT-JOSSE-TEN-NOODE" are one name. */
    static String key(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    }
}
