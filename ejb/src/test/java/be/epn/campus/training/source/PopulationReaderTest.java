package be.epn.campus.training.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.platform.curricula.CurriculumFile;
import be.epn.campus.platform.curricula.InvalidCurriculumException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The population format: what a valid file gives, and every problem named by file and place. */
class PopulationReaderTest {

    /** Invented figures: the format is under test here, not the data. */
    private static String file(String date, String total, String municipalities, String extra) {
        return "{\"format\": \"epn-campus/population@1\", \"region\": \"04000\", \"referenceDate\": \"" + date + "\","
                + " \"source\": {\"publisher\": \"Statbel\", \"title\": \"Population\", \"url\": \"https://statbel.fgov.be/\"},"
                + total + " \"municipalities\": [" + municipalities + "]" + extra + "}";
    }

    private static String municipality(String code, String fr, String nl, long population) {
        return "{\"code\": \"" + code + "\", \"name\": {\"fr\": \"" + fr + "\", \"nl\": \"" + nl + "\"}, \"population\": "
                + population + "}";
    }

    private static final String TWO = municipality("21001", "Anderlecht", "Anderlecht", 1000) + ", "
            + municipality("21002", "Auderghem", "Oudergem", 500);

    private static List<PopulationTable> read(String name, String content) {
        return new PopulationReader().read(List.of(CurriculumFile.ofText(name, content)));
    }

    private static List<String> places(String name, String content) {
        InvalidCurriculumException refused = assertThrows(InvalidCurriculumException.class, () -> read(name, content));
        return refused.problems().stream().map(p -> p.file() + ": " + p.place()).toList();
    }

    @Test
    void readsAValidFile() {
        PopulationTable table = read("population/brussels-2024.json", file("2024-01-01", " \"total\": 1500,", TWO, "")).get(0);

        assertEquals("04000", table.regionCode());
        assertEquals(LocalDate.of(2024, 1, 1), table.referenceDate());
        assertEquals(Optional.of(1500L), table.total());
        assertEquals(1500, table.sum());
        assertEquals("Oudergem", table.municipality("21002").orElseThrow().nameNl());
        assertEquals("Statbel", table.source().publisher());
        assertEquals("population/brussels-2024.json", table.file());
    }

    @Test
    void theTotalIsOptional() {
        assertEquals(Optional.empty(), read("population/brussels-2024.json", file("2024-01-01", "", TWO, "")).get(0).total());
    }

    @Test
    void refusesATotalThatTheMunicipalitiesDoNotAddUpTo() {
        InvalidCurriculumException refused = assertThrows(InvalidCurriculumException.class,
                () -> read("population/brussels-2024.json", file("2024-01-01", " \"total\": 1600,", TWO, "")));

        assertEquals("total", refused.problems().get(0).place());
        assertTrue(refused.getMessage().contains("add up to 1500, not 1600"), refused.getMessage());
    }

    @Test
    void namesEveryProblemByFileAndPlace() {
        String bad = municipality("21001", "Anderlecht", "Anderlecht", 0) + ", "
                + municipality("21001", "Anderlecht", "Anderlecht", 10) + ", "
                + "{\"code\": \"2100\", \"name\": {\"fr\": \"X\"}, \"population\": 5, \"habitants\": 5}";

        assertEquals(List.of(
                "population/brussels-2024.json: referenceDate",
                "population/brussels-2024.json: municipalities[0].population",
                "population/brussels-2024.json: municipalities[1].code",
                "population/brussels-2024.json: municipalities[2].code",
                "population/brussels-2024.json: municipalities[2].name.nl",
                "population/brussels-2024.json: municipalities[2].habitants",
                "population/brussels-2024.json: titel"),
                places("population/brussels-2024.json", file("2023-01-01", "", bad, ", \"titel\": 1")));
    }

    @Test
    void namesTheFileAfterTheRegionAndTheYear() {
        assertEquals(List.of("population/brussels.json: (file)"), places("population/brussels.json", file("2024-01-01", "", TWO, "")));
    }

    @Test
    void reportsProblemsOfEveryFileAtOnce() {
        InvalidCurriculumException refused = assertThrows(InvalidCurriculumException.class, () -> new PopulationReader().read(List.of(
                CurriculumFile.ofText("population/a-2024.json", "{"),
                CurriculumFile.ofText("population/b-2024.json", file("2024-01-01", "", TWO, "").replace("https://", "ftp://")))));

        assertEquals(List.of("population/a-2024.json", "population/b-2024.json"),
                refused.problems().stream().map(p -> p.file()).toList());
    }

    @Test
    void givesTheRatioPerTenThousandInhabitants() {
        PopulationTable.Municipality commune = new PopulationTable.Municipality("21001", "Anderlecht", "Anderlecht", 25_000);

        assertEquals(2.0, commune.perTenThousand(5), 1e-9);
        assertEquals(0.4, commune.perTenThousand(1), 1e-9);
    }
}
