package be.epn.campus.training.source;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The population of the municipalities of one region on one reference date, as published by an official
 * statistics office, read from {@code curricula/population/<region>-<year>.json}.
 *
 * @param file          the file it was read from, for messages
 * @param regionCode    the NIS (INS) code of the region, e.g. {@code 04000} for Brussels-Capital
 * @param referenceDate the day the figures describe (usually a 1 January)
 * @param source        where the figures come from
 * @param total         the regional total as the source gives it, when it gives one
 * @param municipalities every municipality of the region, in the order of the file
 */
public record PopulationTable(String file, String regionCode, LocalDate referenceDate, Source source,
                              Optional<Long> total, List<Municipality> municipalities) {

    public PopulationTable {
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(referenceDate, "referenceDate");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(total, "total");
        municipalities = List.copyOf(municipalities);
    }

    /** The sum of the municipalities' populations. */
    public long sum() {
        return municipalities.stream().mapToLong(Municipality::population).sum();
    }

    /** The municipality with this NIS code, if the table has it. */
    public Optional<Municipality> municipality(String code) {
        return municipalities.stream().filter(m -> m.code().equals(code)).findFirst();
    }

    /** The publication the figures are taken from. */
    public record Source(String publisher, String title, String url, String note) {
        public Source {
            Objects.requireNonNull(publisher, "publisher");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(url, "url");
        }
    }

    /**
     * One municipality. Names are given in French and Dutch only: those are the official names in Brussels, and
     * English texts use them unchanged.
     */
    public record Municipality(String code, String nameFr, String nameNl, long population) {

        public Municipality {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(nameFr, "nameFr");
            Objects.requireNonNull(nameNl, "nameNl");
            if (population < 1) {
                throw new IllegalArgumentException("population must be 1 or more, not " + population);
            }
        }

        /**
         * How many of {@code count} (animateurs, EPNs...) there are per 10,000 inhabitants: the unit of the
         * charter's target of one animateur per 10,000 inhabitants.
         */
        public double perTenThousand(double count) {
            return count * 10_000 / population;
        }
    }
}
