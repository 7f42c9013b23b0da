package be.epn.campus.certification.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.certification.rules.CertificateType.AreaLevelRule;
import be.epn.campus.certification.rules.CertificateType.IssuingMode;
import be.epn.campus.certification.rules.Evidence.Autonomy;
import be.epn.campus.certification.rules.Evidence.Source;
import be.epn.campus.platform.LocalizedText;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleEvaluatorTest {

    private static final LocalizedText TEXT = LocalizedText.of("x", "x", "x");
    private static final CertificateType AREA_1_LEVEL_2 = new CertificateType("digcomp-2.2-area-1-level-2", "digcomp-2.2",
            TEXT, TEXT, TEXT, new AreaLevelRule("1", 2), IssuingMode.AUTOMATIC, "certificates/x.json");
    private static final List<String> AREA_1 = List.of("1.1", "1.2", "1.3");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    private final RuleEvaluator evaluator = new RuleEvaluator();

    private static Evidence piece(String code, int level, Source source, Autonomy autonomy) {
        return new Evidence(code, level, source, autonomy, DAY, "EPN Les Marolles");
    }

    @Test
    void metWhenEveryCompetenceReachedAndOnePieceIsIndependent() {
        RuleOutcome outcome = evaluator.evaluate(AREA_1_LEVEL_2, AREA_1, List.of(
                piece("1.1", 2, Source.TASK, Autonomy.ALONE),
                piece("1.2", 3, Source.MODULE, null),
                piece("1.3", 2, Source.TASK, Autonomy.WITH_HELP)));

        assertTrue(outcome.met());
        assertEquals(List.of(), outcome.missingCompetences());
        assertEquals(3, outcome.competences().get(1).best().orElseThrow().level());
    }

    @Test
    void notMetWhenAllEvidenceIsWithHelp() {
        RuleOutcome outcome = evaluator.evaluate(AREA_1_LEVEL_2, AREA_1, List.of(
                piece("1.1", 2, Source.TASK, Autonomy.WITH_HELP),
                piece("1.2", 2, Source.TASK, Autonomy.WITH_HELP),
                piece("1.3", 2, Source.PLACEMENT, Autonomy.WITH_HELP)));

        assertFalse(outcome.met());
        assertFalse(outcome.independentEvidence());
        assertEquals(List.of(), outcome.missingCompetences());
    }

    @Test
    void aPlacementPieceCountsAsIndependent() {
        RuleOutcome outcome = evaluator.evaluate(AREA_1_LEVEL_2, AREA_1, List.of(
                piece("1.1", 2, Source.PLACEMENT, null),
                piece("1.2", 2, Source.MODULE, null),
                piece("1.3", 2, Source.TASK, Autonomy.WITH_HELP)));

        assertTrue(outcome.met());
    }

    @Test
    void aQuizPieceCountsAsIndependent() {
        RuleOutcome outcome = evaluator.evaluate(AREA_1_LEVEL_2, AREA_1, List.of(
                piece("1.1", 2, Source.QUIZ, null),
                piece("1.2", 2, Source.MODULE, null),
                piece("1.3", 2, Source.MODULE, null)));

        assertTrue(outcome.met());
    }

    @Test
    void evidenceBelowTheLevelLeavesTheCompetenceMissing() {
        RuleOutcome outcome = evaluator.evaluate(AREA_1_LEVEL_2, AREA_1, List.of(
                piece("1.1", 2, Source.PLACEMENT, null),
                piece("1.2", 2, Source.QUIZ, null),
                piece("1.3", 1, Source.TASK, Autonomy.ALONE)));

        assertFalse(outcome.met());
        assertEquals(List.of("1.3"), outcome.missingCompetences());
        assertEquals(2, outcome.level());
    }

    @Test
    void anIndependentPieceBelowTheLevelDoesNotCount() {
        RuleOutcome outcome = evaluator.evaluate(AREA_1_LEVEL_2, AREA_1, List.of(
                piece("1.1", 1, Source.PLACEMENT, null),
                piece("1.1", 2, Source.TASK, Autonomy.WITH_HELP),
                piece("1.2", 2, Source.MODULE, null),
                piece("1.3", 2, Source.MODULE, null)));

        assertFalse(outcome.met());
        assertFalse(outcome.independentEvidence());
    }

    @Test
    void evidenceOfAnotherAreaIsIgnored() {
        RuleOutcome outcome = evaluator.evaluate(AREA_1_LEVEL_2, AREA_1, List.of(
                piece("1.1", 2, Source.MODULE, null),
                piece("1.2", 2, Source.MODULE, null),
                piece("2.1", 5, Source.PLACEMENT, null),
                piece("4.3", 2, Source.TASK, Autonomy.ALONE)));

        assertFalse(outcome.met());
        assertEquals(List.of("1.3"), outcome.missingCompetences());
        assertFalse(outcome.independentEvidence());
    }

    @Test
    void bestEvidencePrefersHigherLevelThenIndependentThenRecent() {
        Evidence older = new Evidence("1.1", 2, Source.TASK, Autonomy.ALONE, DAY.minusDays(9), "EPN A");
        Evidence recent = new Evidence("1.1", 2, Source.TASK, Autonomy.ALONE, DAY, "EPN B");
        Evidence helped = new Evidence("1.1", 2, Source.TASK, Autonomy.WITH_HELP, DAY.plusDays(1), "EPN C");

        RuleOutcome outcome = evaluator.evaluate(AREA_1_LEVEL_2, List.of("1.1"), List.of(older, helped, recent));

        assertEquals(recent, outcome.competences().get(0).best().orElseThrow());
        Evidence higher = piece("1.1", 4, Source.MODULE, null);
        assertEquals(higher, evaluator.evaluate(AREA_1_LEVEL_2, List.of("1.1"), List.of(recent, higher))
                .competences().get(0).best().orElseThrow());
    }

    @Test
    void noEvidenceAtAllIsNotMetAndListsEveryCompetence() {
        RuleOutcome outcome = evaluator.evaluate(AREA_1_LEVEL_2, AREA_1, List.of());

        assertFalse(outcome.met());
        assertEquals(AREA_1, outcome.missingCompetences());
        assertFalse(evaluator.evaluate(AREA_1_LEVEL_2, List.of(), List.of()).met());
    }
}
