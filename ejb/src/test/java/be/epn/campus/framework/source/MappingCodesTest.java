package be.epn.campus.framework.source;

import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.framework.model.ElementKind;
import be.epn.campus.platform.curricula.CurriculumFile;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every mapping file names two framework files of {@code curricula/} and only codes that exist in them: the same
 * check the loader makes against the database, made here so that a wrong code fails the build, not the start-up.
 */
class MappingCodesTest {

    @Test
    void everyMappingEntryNamesElementsThatExist() {
        List<CurriculumFile> mappings = FrameworkFiles.all().stream()
                .filter(f -> f.name().matches("frameworks/mappings/[^/]+\\.json")).toList();
        for (CurriculumFile file : mappings) {
            MappingDefinition mapping = new MappingFileReader().read(file);
            FrameworkDefinition from = FrameworkFiles.framework(mapping.source());
            FrameworkDefinition to = FrameworkFiles.framework(mapping.target());
            for (MappingDefinition.Entry entry : mapping.entries()) {
                String place = file.name() + ": " + entry.place() + ": ";
                assertTrue(codes(from, entry.kind()).contains(entry.from()), place + mapping.source() + " has no " + entry.from());
                assertTrue(codes(to, entry.kind()).contains(entry.to()), place + mapping.target() + " has no " + entry.to());
            }
        }
    }

    private static Set<String> codes(FrameworkDefinition framework, ElementKind kind) {
        Set<String> codes = new HashSet<>();
        switch (kind) {
            case AREA -> framework.areas().forEach(a -> codes.add(a.code()));
            case COMPETENCE -> framework.areas().forEach(a -> a.competences().forEach(c -> codes.add(c.code())));
            case LEVEL -> framework.levels().forEach(l -> codes.add(String.valueOf(l.number())));
        }
        return codes;
    }
}
