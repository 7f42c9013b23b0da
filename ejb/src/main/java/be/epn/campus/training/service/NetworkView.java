package be.epn.campus.training.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The coordinator's view of continuing education across the network (issue 7): each EPN's animateurs and their
 * hours this year, the EPNs whose animateurs average fewer hours than the yearly minimum, and the animateurs per
 * 10,000 inhabitants of each municipality.
 *
 * @param unmatched        municipalities written on EPNs that the population figures do not know (to correct)
 * @param populationSource where the population figures come from, and their date
 */
public record NetworkView(int year, int minimumMinutes, List<EpnLine> epns, List<AnimateurRatios.Ratio> municipalities,
                          Set<String> unmatched, String populationSource, LocalDate populationDate) {

    public NetworkView {
        epns = List.copyOf(epns);
        municipalities = List.copyOf(municipalities);
        unmatched = Set.copyOf(unmatched);
    }

    public List<EpnLine> belowMinimum() {
        return epns.stream().filter(EpnLine::belowMinimum).toList();
    }

    /** One EPN: its animateurs with their minutes this year; below when their average is under the minimum. */
    public record EpnLine(UUID epn, String name, String municipality, List<AnimateurLine> animateurs, int averageMinutes,
                          boolean belowMinimum) {
        public EpnLine {
            animateurs = List.copyOf(animateurs);
        }
    }

    public record AnimateurLine(UUID person, String name, int minutes, boolean belowMinimum) {
    }
}
