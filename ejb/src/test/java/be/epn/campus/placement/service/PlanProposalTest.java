package be.epn.campus.placement.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.epn.campus.placement.service.PlanProposal.Candidate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanProposalTest {

    private static final List<Candidate> MODULES = List.of(
            new Candidate("mouse", Map.of("5.1", 1, "3.1", 1), List.of()),
            new Candidate("email", Map.of("2.1", 2, "2.5", 1), List.of("mouse")),
            new Candidate("forms", Map.of("2.3", 3, "1.3", 2), List.of("email")),
            new Candidate("phishing", Map.of("4.2", 3, "1.2", 3), List.of()),
            new Candidate("cv", Map.of("3.1", 3, "5.4", 4), List.of()));

    @Test
    void aBeginnerPlacedAtLevelOneEverywhereGetsEveryModuleEasiestFirst() {
        assertEquals(List.of("mouse", "email", "forms", "cv", "phishing"),
                PlanProposal.propose(Map.of(), MODULES, Set.of()));
    }

    @Test
    void modulesBelowTheLearnersLevelAreLeftOut() {
        Map<String, Integer> levels = Map.of("5.1", 3, "3.1", 3, "2.1", 3, "2.5", 3, "4.2", 3, "1.2", 3, "5.4", 2,
                "2.3", 2, "1.3", 2);
        // cv still teaches 5.4 at level 4; forms teaches 2.3 at level 3 but needs email, which needs mouse.
        assertEquals(List.of("mouse", "email", "forms", "cv"), PlanProposal.propose(levels, MODULES, Set.of()));
    }

    @Test
    void completedModulesAndTheirPrerequisitesAreNotProposedAgain() {
        Map<String, Integer> levels = Map.of("2.3", 2, "1.3", 2, "5.1", 2, "3.1", 4, "2.1", 2, "2.5", 2, "4.2", 4,
                "1.2", 4, "5.4", 4);
        assertEquals(List.of("forms"), PlanProposal.propose(levels, MODULES, Set.of("mouse", "email")));
    }

    @Test
    void aLearnerAboveEveryTargetGetsAnEmptyPlan() {
        Map<String, Integer> high = Map.of("5.1", 5, "3.1", 5, "2.1", 5, "2.5", 5, "2.3", 5, "1.3", 5, "4.2", 5,
                "1.2", 5, "5.4", 5);
        assertEquals(List.of(), PlanProposal.propose(high, MODULES, Set.of()));
    }
}
