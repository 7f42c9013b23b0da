package be.epn.campus.training.source;

import be.epn.campus.platform.curricula.CurriculumFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code tools/population-from-statbel TF_SOC_POP_STRUCT_<YEAR>.zip <region> [year]}: writes the region's population
 * file to standard output and a summary to standard error. See curricula/README.md, "The population format".
 */
public final class StatbelPopulationCommand {

    private static final Pattern YEAR = Pattern.compile("TF_SOC_POP_STRUCT_(\\d{4})", Pattern.CASE_INSENSITIVE);

    private StatbelPopulationCommand() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: tools/population-from-statbel TF_SOC_POP_STRUCT_<YEAR>.zip <region code, e.g. 04000>"
                    + " [year, when the file name does not give it] > curricula/population/<region>-<year>.json");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        Matcher named = YEAR.matcher(file.getFileName().toString());
        if (args.length == 2 && !named.find()) {
            System.err.println(file + ": the file name does not give the year (TF_SOC_POP_STRUCT_<YEAR>); add it after the region");
            System.exit(2);
        }
        int year = Integer.parseInt(args.length == 3 ? args[2] : named.group(1));
        StatbelPopulation population;
        try (InputStream in = Files.newInputStream(file)) {
            population = StatbelPopulation.read(in, args[1], year);
        } catch (IllegalArgumentException refused) {
            System.err.println(file + ": " + refused.getMessage());
            System.exit(1);
            return;
        }
        String json = population.json();
        // The output is meant to be committed as it is: read it back as the application will, so a file the
        // application would refuse is never written.
        new PopulationReader().read(List.of(CurriculumFile.ofText("population/statbel-" + year + ".json", json)));
        // Bytes, not System.out.print: the platform encoding of a terminal may not be UTF-8, and names have accents.
        System.out.write(json.getBytes(StandardCharsets.UTF_8));
        System.out.flush();
        System.err.printf("%d municipalities, total %d inhabitants on %d-01-01 (region %s).%n"
                + "Before committing, compare this total with the regional total Statbel publishes for that date"
                + " (Brussels-Capital, 1 January 2024: 1,249,597); if they differ, do not commit the file.%n",
                population.municipalities().size(), population.total(), year, args[1]);
    }
}
