package be.epn.campus.training.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.platform.curricula.CurriculumFile;
import be.epn.campus.training.source.PopulationTable.Municipality;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Statbel's population file turned into a population file. The excerpts are invented (region 99000, municipalities
 * 99001 and 99002, small counts): the summing and the reading are under test, not Statbel's figures.
 */
class StatbelPopulationTest {

    /** The recent header names, columns in Statbel's kind of order; a row per sex, nationality... and age. */
    private static final String RECENT = "CD_REFNIS|TX_DESCR_NL|TX_DESCR_FR|CD_RGN_REFNIS|CD_SEX|CD_AGE|MS_POPULATION\n"
            + "99002|Verzonnenberg|Mont-Inventé|99000|F|30|5\n"
            + "99001|Verzonnendorp|Villeinventée|99000|M|30|10\n"
            + " 99001 | Verzonnendorp | Villeinventée | 99000 | F | 31 | 7 \n"
            + "98001|Elders|Ailleurs|98000|F|30|100\n"
            + "99002|Verzonnenberg|Mont-Inventé|99000|M|31|2\n";

    private static StatbelPopulation read(byte[] file, String region) throws IOException {
        return StatbelPopulation.read(new ByteArrayInputStream(file), region, 2024);
    }

    private static byte[] utf8WithBom(String text) {
        return ("\ufeff" + text).getBytes(StandardCharsets.UTF_8);
    }

    private static String refusal(String text, String region) {
        return assertThrows(IllegalArgumentException.class,
                () -> read(text.getBytes(StandardCharsets.UTF_8), region)).getMessage();
    }

    @Test
    void sumsTheRowsOfTheRegionPerMunicipalitySortedByCode() throws IOException {
        StatbelPopulation population = read(utf8WithBom(RECENT), "99000");

        assertEquals(List.of(new Municipality("99001", "Villeinventée", "Verzonnendorp", 17),
                new Municipality("99002", "Mont-Inventé", "Verzonnenberg", 7)), population.municipalities());
        assertEquals(24, population.total());
    }

    @Test
    void readsTheOlderHeaderNamesInLatin1AndComparesRegionCodesAsNumbers() throws IOException {
        String older = "CD_YEAR|CD_MUNTY_REFNIS|TX_MUNTY_DESCR_FR|TX_MUNTY_DESCR_NL|CD_RGN_REFNIS|MS_POPULATION\r\n"
                + "2024|21007|Forêt|Vorst|4000|3\r\n"
                + "2024|21013|Saint-Gilles|Sint-Gillis|4000|4\r\n"
                + "2024|21013|Saint-Gilles|Sint-Gillis|4000|1\r\n";

        StatbelPopulation population = read(older.getBytes(Charset.forName("windows-1252")), "04000");

        assertEquals(List.of(new Municipality("21007", "Forêt", "Vorst", 3),
                new Municipality("21013", "Saint-Gilles", "Sint-Gillis", 5)), population.municipalities());
        assertTrue(population.json().contains("\"region\": \"04000\""), population.json());
    }

    @Test
    void readsTheZipAsDownloaded() throws IOException {
        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("lisezmoi.pdf"));
            out.write(new byte[] {1, 2, 3});
            out.putNextEntry(new ZipEntry("TF_SOC_POP_STRUCT_2024.txt"));
            out.write(utf8WithBom(RECENT));
        }

        StatbelPopulation population = read(zip.toByteArray(), "99000");

        assertEquals(read(utf8WithBom(RECENT), "99000").json(), population.json());
        assertEquals(24, population.total());
    }

    @Test
    void writesAFileThatPopulationReaderAcceptsWithTheSameFigures() throws IOException {
        String json = read(utf8WithBom(RECENT), "99000").json();

        PopulationTable table = new PopulationReader()
                .read(List.of(CurriculumFile.ofText("population/invented-2024.json", json))).get(0);

        assertEquals("99000", table.regionCode());
        assertEquals(LocalDate.of(2024, 1, 1), table.referenceDate());
        assertEquals(Optional.of(24L), table.total());
        assertEquals(List.of(new Municipality("99001", "Villeinventée", "Verzonnendorp", 17),
                new Municipality("99002", "Mont-Inventé", "Verzonnenberg", 7)), table.municipalities());
        assertEquals(StatbelPopulation.PUBLISHER, table.source().publisher());
        assertEquals(StatbelPopulation.TITLE, table.source().title());
        assertTrue(table.source().url().endsWith("/TF_SOC_POP_STRUCT_2024.zip"), table.source().url());
        assertTrue(table.source().note().contains("tools/population-from-statbel"), table.source().note());
    }

    @Test
    void refusesAFileLackingAColumnAndSaysWhichItFound() {
        String message = refusal("CD_REFNIS|TX_DESCR_FR|CD_RGN_REFNIS|POPULATION\n99001|Villeinventée|99000|10\n", "99000");

        assertEquals("the header lacks the column(s) TX_DESCR_NL or TX_MUNTY_DESCR_NL, MS_POPULATION;"
                + " it has CD_REFNIS, TX_DESCR_FR, CD_RGN_REFNIS, POPULATION", message);
    }

    @Test
    void refusesACountThatIsNotAWholeNumberWithItsLine() {
        assertEquals("line 3: MS_POPULATION is \"1.5\", not a whole number",
                refusal(RECENT.replace("|M|30|10", "|M|30|1.5"), "99000"));
    }

    @Test
    void refusesARegionWithoutRows() {
        assertTrue(refusal(RECENT, "97000").startsWith("no row has CD_RGN_REFNIS 97000"));
    }
}
