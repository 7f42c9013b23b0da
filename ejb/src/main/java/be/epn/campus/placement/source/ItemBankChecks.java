package be.epn.campus.placement.source;

import be.epn.campus.curriculum.source.ModuleChecks.FrameworkFacts;
import be.epn.campus.curriculum.source.ProblemCodes;
import be.epn.campus.platform.curricula.CurriculumProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** What an item file cannot check alone: its framework is loaded, its competence and its level exist there. */
public final class ItemBankChecks {

    private ItemBankChecks() {
    }

    /**
     * Every problem of the bank against the frameworks, one per file and place; empty when all is well.
     *
     * @param frameworks the facts of a framework by id, empty when no such framework is loaded
     */
    public static List<CurriculumProblem> check(ItemBank bank, Function<String, Optional<FrameworkFacts>> frameworks) {
        List<CurriculumProblem> problems = new ArrayList<>();
        Set<String> reported = new HashSet<>(); // a file's framework or competence problem is said once
        for (ItemDefinition item : bank.items()) {
            Optional<FrameworkFacts> facts = frameworks.apply(item.framework());
            String place = item.place();
            if (facts.isEmpty()) {
                if (reported.add(item.file())) {
                    problems.add(new CurriculumProblem(item.file(), "framework", "framework \"" + item.framework() + "\" is not loaded"));
                }
                continue;
            }
            if (!facts.get().competences().contains(item.competence())) {
                if (reported.add(item.file())) {
                    problems.add(new CurriculumProblem(item.file(), "(file)", item.framework() + " has no competence \""
                            + item.competence() + "\"", ProblemCodes.UNKNOWN_COMPETENCE));
                }
            }
            if (item.level() > facts.get().levels()) {
                problems.add(new CurriculumProblem(item.file(), place + ".level",
                        item.framework() + " has " + facts.get().levels() + " levels, not " + item.level()));
            }
        }
        return problems;
    }
}
