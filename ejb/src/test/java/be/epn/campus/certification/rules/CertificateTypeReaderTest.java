package be.epn.campus.certification.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import be.epn.campus.certification.rules.CertificateType.IssuingMode;
import be.epn.campus.certification.rules.CertificateTypeChecks.FrameworkAreas;
import be.epn.campus.platform.curricula.CurriculumFile;
import be.epn.campus.platform.curricula.CurriculumProblem;
import be.epn.campus.platform.curricula.InvalidCurriculumException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertificateTypeReaderTest {

    private static final String TEXT = "{\"fr\": \"Un texte\", \"nl\": \"Een tekst\", \"en\": \"A text\"}";

    private static String file(String id, String rule, String issuing, String extra) {
        return "{\"format\": \"epn-campus/certificates@1\", \"id\": \"" + id + "\", \"framework\": \"digcomp-2.2\","
                + " \"title\": " + TEXT + ", \"description\": " + TEXT + ", \"criteria\": " + TEXT + ","
                + " \"rule\": " + rule + ", \"issuing\": \"" + issuing + "\"" + extra + "}";
    }

    @Test
    void readsAValidFile() {
        CertificateType type = new CertificateTypeReader().read(List.of(CurriculumFile.ofText("certificates/a-2.json",
                file("a-2", "{\"area\": \"1\", \"level\": 2}", "manual", "")))).get(0);

        assertEquals("a-2", type.id());
        assertEquals("1", type.rule().area());
        assertEquals(2, type.rule().level());
        assertEquals(IssuingMode.MANUAL, type.issuing());
        assertEquals("Een tekst", type.criteria().getNl());
    }

    @Test
    void namesEveryProblemByFileAndPlace() {
        InvalidCurriculumException refused = assertThrows(InvalidCurriculumException.class, () -> new CertificateTypeReader()
                .read(List.of(CurriculumFile.ofText("certificates/b.json",
                        file("other", "{\"area\": \"1\", \"level\": 0, \"extra\": 1}", "sometimes", ", \"titel\": 1")))));

        List<String> places = refused.problems().stream().map(p -> p.file() + ": " + p.place()).toList();
        assertEquals(List.of("certificates/b.json: id", "certificates/b.json: rule.level", "certificates/b.json: rule.extra",
                "certificates/b.json: issuing", "certificates/b.json: titel"), places);
    }

    @Test
    void checksAreaLevelAndDuplicatesAgainstTheFramework() {
        List<CertificateType> types = new CertificateTypeReader().read(List.of(
                CurriculumFile.ofText("certificates/a.json", file("a", "{\"area\": \"9\", \"level\": 2}", "manual", "")),
                CurriculumFile.ofText("certificates/b.json", file("b", "{\"area\": \"1\", \"level\": 9}", "manual", "")),
                CurriculumFile.ofText("certificates/c.json", file("c", "{\"area\": \"1\", \"level\": 9}", "automatic", ""))));
        FrameworkAreas digcomp = new FrameworkAreas(Map.of("1", Set.of("1.1")), 8);

        List<String> places = CertificateTypeChecks.check(types, id -> Optional.of(digcomp).filter(f -> id.equals("digcomp-2.2")))
                .stream().map(p -> p.file() + ": " + p.place()).toList();

        assertEquals(List.of("certificates/a.json: rule.area", "certificates/b.json: rule.level",
                "certificates/c.json: rule.level", "certificates/c.json: rule"), places);
        assertEquals(List.of(new CurriculumProblem("certificates/a.json", "framework", "\"digcomp-2.2\" is not a loaded framework")),
                CertificateTypeChecks.check(types.subList(0, 1), id -> Optional.empty()));
    }
}
