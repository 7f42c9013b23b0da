package be.epn.campus.placement.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.curriculum.model.LearningModule;
import be.epn.campus.people.model.Person;
import be.epn.campus.people.model.PersonDetails;
import be.epn.campus.platform.Language;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class LearningPlanTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 26, 10, 0);
    private static final Person LEARNER = new Person(new PersonDetails("Ahmed", "B", 1970, Language.FR, null, null),
            "ahmed.b47", T0, null, null);
    private static final Person ANIMATEUR = new Person(new PersonDetails("Anne", "M", 1980, Language.FR, null, null),
            "anim.marolles", T0, null, null);
    private static final LearningModule MOUSE = new LearningModule("mouse");
    private static final LearningModule EMAIL = new LearningModule("email");
    private static final LearningModule FORMS = new LearningModule("forms");

    @Test
    void anAnimateurAddsMovesAndRemovesStepsAndPositionsStayInOrder() {
        LearningPlan plan = new LearningPlan(LEARNER, T0);
        plan.propose(null, List.of(MOUSE, EMAIL), PlanStep.Reason.PLACEMENT, T0);
        assertEquals(null, plan.getUpdatedBy(), "as proposed");

        assertTrue(plan.add(FORMS, ANIMATEUR, T0.plusHours(1)));
        assertFalse(plan.add(EMAIL, ANIMATEUR, T0.plusHours(1)), "a module is in a plan once");
        assertTrue(plan.move(FORMS, -1, ANIMATEUR, T0.plusHours(2)));
        assertEquals(List.of("mouse", "forms", "email"), keys(plan));
        assertEquals(List.of(1, 2, 3), plan.getSteps().stream().map(PlanStep::getPosition).toList());
        assertFalse(plan.move(MOUSE, -1, ANIMATEUR, T0), "already first");
        assertFalse(plan.move(EMAIL, 1, ANIMATEUR, T0), "already last");

        assertTrue(plan.remove(MOUSE, ANIMATEUR, T0.plusHours(3)));
        assertEquals(List.of("forms", "email"), keys(plan));
        assertEquals(List.of(1, 2), plan.getSteps().stream().map(PlanStep::getPosition).toList());
        assertEquals(ANIMATEUR, plan.getUpdatedBy());
        assertEquals(PlanStep.Reason.ANIMATEUR, plan.getSteps().get(0).getReason());
        assertFalse(plan.remove(MOUSE, ANIMATEUR, T0), "not in the plan any more");
    }

    @Test
    void aNewProposalReplacesTheStepsAndAChangeNeedsAnAnimateur() {
        LearningPlan plan = new LearningPlan(LEARNER, T0);
        plan.propose(null, List.of(MOUSE, EMAIL, FORMS), PlanStep.Reason.PLACEMENT, T0);
        plan.propose(null, List.of(FORMS), PlanStep.Reason.PLACEMENT, T0.plusDays(30));
        assertEquals(List.of("forms"), keys(plan));
        assertThrows(NullPointerException.class, () -> plan.add(MOUSE, null, T0));
    }

    private static List<String> keys(LearningPlan plan) {
        return plan.getSteps().stream().map(s -> s.getModule().getKey()).toList();
    }
}
