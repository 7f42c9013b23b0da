package be.epn.campus.framework.source;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.framework.source.FrameworkDefinition.Area;
import be.epn.campus.framework.source.FrameworkDefinition.Competence;
import be.epn.campus.platform.Language;
import be.epn.campus.platform.LocalizedText;
import be.epn.campus.platform.curricula.CurriculaTree;
import be.epn.campus.platform.curricula.CurriculumFile;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The real framework and mapping files of {@code curricula/}, and the checks every framework file must pass. */
final class FrameworkFiles {

    private FrameworkFiles() {
    }

    static List<CurriculumFile> all() {
        return CurriculaTree.inDirectory(Path.of(System.getProperty("campus.curricula.dir"))).files("frameworks");
    }

    /** The framework {@code curricula/frameworks/<id>/framework.json}, read and validated. */
    static FrameworkDefinition framework(String id) {
        String name = "frameworks/" + id + "/framework.json";
        return new FrameworkFileReader().read(all().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("curricula/" + name + " is missing")));
    }

    /** Area and competence titles by code, in the order of the file. */
    static Map<String, LocalizedText> titles(FrameworkDefinition framework) {
        Map<String, LocalizedText> titles = new LinkedHashMap<>();
        for (Area area : framework.areas()) {
            titles.put(area.code(), area.title());
            area.competences().forEach(c -> titles.put(c.code(), c.title()));
        }
        return titles;
    }

    /** A competence code starts with its area's code ({@code 2.3} in area {@code 2}). */
    static void assertCompetencesAreNumberedInTheirArea(FrameworkDefinition framework) {
        framework.areas().forEach(area -> area.competences()
                .forEach(c -> assertTrue(c.code().startsWith(area.code() + "."), c.code())));
    }

    /** A Dutch title equal to the English one is probably untranslated. */
    static void assertDutchTitlesAreTranslated(FrameworkDefinition framework) {
        Stream.concat(framework.areas().stream().map(Area::title),
                framework.areas().stream().flatMap(a -> a.competences().stream()).map(Competence::title))
                .forEach(text -> assertNotEquals(text.raw(Language.EN), text.raw(Language.NL),
                        "a Dutch title equal to the English one is probably untranslated: " + text));
    }

    /** Every area, competence and level has a description that says more than its title, in each language. */
    static void assertEveryElementHasADescriptionOfItsOwn(FrameworkDefinition framework) {
        Stream<LocalizedText[]> pairs = Stream.of(
                framework.areas().stream().map(a -> new LocalizedText[] {a.title(), a.description()}),
                framework.areas().stream().flatMap(a -> a.competences().stream())
                        .map(c -> new LocalizedText[] {c.title(), c.description()}),
                framework.levels().stream().map(l -> new LocalizedText[] {l.title(), l.description()}))
                .flatMap(s -> s);
        pairs.forEach(pair -> {
            for (Language language : Language.values()) {
                String title = pair[0].raw(language);
                String description = pair[1].raw(language);
                assertFalse(description.equalsIgnoreCase(title), "description repeats the title: " + title);
                assertTrue(description.length() >= 40, "description too short to help a learner: " + description);
            }
        });
    }

    /** Each language's titles name where they come from. */
    static void assertEachLanguageHasATitleSource(FrameworkDefinition framework) {
        for (Language language : Language.values()) {
            assertTrue(framework.titleSources().raw(language).length() > 10, "source of the " + language + " titles");
        }
    }
}
