package be.epn.campus.training.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.training.service.AnimateurRatios.Municipality;
import be.epn.campus.training.service.AnimateurRatios.Ratio;
import be.epn.campus.training.service.AnimateurRatios.Workplaces;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnimateurRatiosTest {

    private static final List<Municipality> FIGURES = List.of(
            new Municipality("21015", List.of("Schaerbeek", "Schaarbeek"), 130_000),
            new Municipality("21013", List.of("Saint-Gilles", "Sint-Gillis"), 50_000),
            new Municipality("21014", List.of("Saint-Josse-ten-Noode", "Sint-Joost-ten-Node"), 27_000));

    @Test
    void aHandComputedExample() {
        // Schaerbeek: animateurs 1, 2 and 3 (3 works at two EPNs there: counted once) → 3 × 10,000 / 130,000 = 0.2308.
        // Saint-Gilles: animateurs 3 and 4, one EPN written in Dutch → 2 × 10,000 / 50,000 = 0.4.
        // Saint-Josse: nobody → 0. "Ixelles" is not in the figures: reported, not guessed.
        AnimateurRatios.Result result = AnimateurRatios.compute(FIGURES, List.of(
                new Workplaces(1, List.of("Schaerbeek")),
                new Workplaces(2, List.of("SCHAERBEEK")),
                new Workplaces(3, List.of("Schaerbeek", "schaarbeek", "Saint Gilles")),
                new Workplaces(4, List.of("Sint-Gillis")),
                new Workplaces(5, List.of("Ixelles"))));
        Ratio schaerbeek = result.ratios().get(0);
        assertEquals(3, schaerbeek.animateurs());
        assertEquals(0.2308, schaerbeek.perTenThousand(), 0.0001);
        assertTrue(schaerbeek.belowTarget());
        Ratio saintGilles = result.ratios().get(1);
        assertEquals(2, saintGilles.animateurs());
        assertEquals(0.4, saintGilles.perTenThousand(), 1e-9);
        assertEquals(0, result.ratios().get(2).animateurs());
        assertEquals(0.0, result.ratios().get(2).perTenThousand(), 1e-9);
        assertEquals(Set.of("Ixelles"), result.unmatched());
    }

    @Test
    void theTargetIsOnePerTenThousand() {
        AnimateurRatios.Result result = AnimateurRatios.compute(List.of(new Municipality("1", List.of("Village"), 20_000)),
                List.of(new Workplaces(1, List.of("Village")), new Workplaces(2, List.of("Village"))));
        assertEquals(1.0, result.ratios().get(0).perTenThousand(), 1e-9);
        assertFalse(result.ratios().get(0).belowTarget());
    }

    @Test
    void accentsCaseAndDashesDoNotMatter() {
        assertEquals(AnimateurRatios.key("Saint-Josse-ten-Noode"), AnimateurRatios.key("saint josse TEN noode"));
        assertEquals(AnimateurRatios.key("Molenbeek-Saint-Jean"), AnimateurRatios.key("Molenbeek Saint Jéan"));
    }
}
