package be.epn.campus.certification.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.epn.campus.certification.rules.CertificateTypeChecks.FrameworkAreas;
import be.epn.campus.framework.source.FrameworkDefinition;
import be.epn.campus.framework.source.FrameworkFileReader;
import be.epn.campus.platform.curricula.CurriculaTree;
import be.epn.campus.platform.curricula.CurriculumFile;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every file of {@code curricula/certificates/} is valid against its framework, and the set we promise exists. */
class CertificateFilesTest {

    private static final CurriculaTree CURRICULA = CurriculaTree.inDirectory(Path.of(System.getProperty("campus.curricula.dir")));

    private static List<CertificateType> types() {
        return new CertificateTypeReader().read(CURRICULA.files(CertificateTypeReader.FOLDER));
    }

    private static Map<String, FrameworkAreas> frameworks() {
        Map<String, FrameworkAreas> facts = new HashMap<>();
        for (CurriculumFile file : CURRICULA.files("frameworks")) {
            if (file.name().endsWith("/framework.json")) {
                FrameworkDefinition framework = new FrameworkFileReader().read(file);
                Map<String, Set<String>> areas = new LinkedHashMap<>();
                framework.areas().forEach(a -> areas.put(a.code(), a.competences().stream()
                        .map(FrameworkDefinition.Competence::code).collect(Collectors.toCollection(LinkedHashSet::new))));
                facts.put(framework.id(), new FrameworkAreas(areas, framework.levels().size()));
            }
        }
        return facts;
    }

    @Test
    void everyCertificateFileIsValidAgainstItsFramework() {
        Map<String, FrameworkAreas> frameworks = frameworks();

        assertEquals(List.of(), CertificateTypeChecks.check(types(), id -> Optional.ofNullable(frameworks.get(id))));
    }

    @Test
    void everyDigCompAreaHasACertificateAtLevelsTwoAndFour() {
        Set<String> achievements = types().stream().filter(t -> t.framework().equals("digcomp-2.2"))
                .map(t -> t.rule().area() + "@" + t.rule().level()).collect(Collectors.toCollection(TreeSet::new));

        assertEquals(new TreeSet<>(List.of("1@2", "1@4", "2@2", "2@4", "3@2", "3@4", "4@2", "4@4", "5@2", "5@4")),
                achievements);
    }
}
