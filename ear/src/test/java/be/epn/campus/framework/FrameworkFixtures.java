package be.epn.campus.framework;

import be.epn.campus.platform.curricula.CurriculumFile;

/**
 * Small frameworks and mappings written in the curriculum format, for tests that load files into the
 * real database. Their ids start with "it-" so they never collide with the real curricula.
 */
public final class FrameworkFixtures {

    private FrameworkFixtures() {
    }

    /** A framework with areas A (A.1, A.2) and B (B.1), two levels; {@code titleOfA1} varies per test. */
    public static CurriculumFile framework(String id, String titleOfA1) {
        return CurriculumFile.ofText("frameworks/" + id + "/framework.json", """
                {
                  "format": "epn-campus/framework@1",
                  "id": "%1$s", "family": "it", "version": "%2$s",
                  "title": {"fr": "Cadre %1$s", "nl": "Kader %1$s", "en": "Framework %1$s"},
                  "description": {"fr": "Pour les tests.", "nl": "Voor tests.", "en": "For tests."},
                  "publisher": "EPN Campus integration tests",
                  "titleSources": {"fr": "tests", "nl": "tests", "en": "tests"},
                  "bands": [{"code": "base", "title": {"fr": "Base", "nl": "Basis", "en": "Base"},
                             "description": {"fr": "Débuter.", "nl": "Beginnen.", "en": "Starting."}}],
                  "levels": [
                    {"number": 1, "band": "base", "title": {"fr": "N1", "nl": "N1", "en": "L1"},
                     "description": {"fr": "Avec aide.", "nl": "Met hulp.", "en": "With help."}},
                    {"number": 2, "band": "base", "title": {"fr": "N2", "nl": "N2", "en": "L2"},
                     "description": {"fr": "Seul.", "nl": "Alleen.", "en": "Alone."}}],
                  "areas": [
                    {"code": "A", "title": {"fr": "Domaine A", "nl": "Domein A", "en": "Area A"},
                     "description": {"fr": "A.", "nl": "A.", "en": "A."},
                     "competences": [
                       {"code": "A.1", "title": {"fr": "%3$s", "nl": "%3$s NL", "en": "%3$s EN"},
                        "description": {"fr": "Un.", "nl": "Een.", "en": "One."}},
                       {"code": "A.2", "title": {"fr": "Deux", "nl": "Twee", "en": "Two"},
                        "description": {"fr": "Deux.", "nl": "Twee.", "en": "Two."}}]},
                    {"code": "B", "title": {"fr": "Domaine B", "nl": "Domein B", "en": "Area B"},
                     "description": {"fr": "B.", "nl": "B.", "en": "B."},
                     "competences": [
                       {"code": "B.1", "title": {"fr": "Trois", "nl": "Drie", "en": "Three"},
                        "description": {"fr": "Trois.", "nl": "Drie.", "en": "Three."}}]}]
                }
                """.formatted(id, id.substring(id.lastIndexOf('-') + 1), titleOfA1));
    }

    /** A mapping between two fixture frameworks; {@code targetOfA1} lets a test name a missing code. */
    public static CurriculumFile mapping(String from, String to, String targetOfA1) {
        return CurriculumFile.ofText("frameworks/mappings/" + from + "__" + to + ".json", """
                {
                  "format": "epn-campus/framework-mapping@1",
                  "from": "%s", "to": "%s",
                  "entries": [
                    {"kind": "competence", "from": "A.1", "relation": "replacedBy", "to": "%s"},
                    {"kind": "competence", "from": "A.2", "relation": "exactMatchOf", "to": "A.2"},
                    {"kind": "level", "from": "1", "relation": "exactMatchOf", "to": "1"}]
                }
                """.formatted(from, to, targetOfA1));
    }
}
