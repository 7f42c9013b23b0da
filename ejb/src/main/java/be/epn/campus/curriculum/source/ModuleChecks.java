package be.epn.campus.curriculum.source;

import be.epn.campus.platform.curricula.CurriculumProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What one module file cannot check alone: its framework and competence codes exist, its levels exist in
 * that framework, its prerequisites exist and never go round in a circle.
 */
public final class ModuleChecks {

    /** What a module needs to know of a framework: its competence codes and how many levels it has. */
    public record FrameworkFacts(Set<String> competences, int levels) {
    }

    private ModuleChecks() {
    }

    /**
     * Problems of each module, by module id (modules without problems are absent).
     *
     * @param frameworks the facts of a framework by id, empty when no such framework is loaded
     */
    public static Map<String, List<CurriculumProblem>> check(List<ModuleDefinition> modules,
                                                             Function<String, Optional<FrameworkFacts>> frameworks) {
        Map<String, ModuleDefinition> byId = new HashMap<>();
        modules.forEach(m -> byId.put(m.id(), m));
        Map<String, List<CurriculumProblem>> problems = new HashMap<>();
        for (ModuleDefinition module : modules) {
            List<CurriculumProblem> found = new ArrayList<>();
            String file = "modules/" + module.id() + "/" + ModuleFiles.MODULE_FILE;
            Optional<FrameworkFacts> facts = frameworks.apply(module.framework());
            if (facts.isEmpty()) {
                found.add(new CurriculumProblem(file, "framework", "framework \"" + module.framework() + "\" is not loaded"));
            }
            for (int i = 0; i < module.targets().size() && facts.isPresent(); i++) {
                ModuleDefinition.Target target = module.targets().get(i);
                if (!facts.get().competences().contains(target.competence())) {
                    found.add(new CurriculumProblem(file, "targets[" + i + "].competence",
                            module.framework() + " has no competence \"" + target.competence() + "\"", ProblemCodes.UNKNOWN_COMPETENCE));
                }
                if (target.level() > facts.get().levels()) {
                    found.add(new CurriculumProblem(file, "targets[" + i + "].level",
                            module.framework() + " has " + facts.get().levels() + " levels, not " + target.level()));
                }
            }
            for (int i = 0; i < module.prerequisites().size(); i++) {
                String prerequisite = module.prerequisites().get(i);
                if (!byId.containsKey(prerequisite) || prerequisite.equals(module.id())) {
                    found.add(new CurriculumProblem(file, "prerequisites[" + i + "]", "no other module \"" + prerequisite + "\""));
                }
            }
            if (leadsBack(module.id(), module.id(), byId, new HashSet<>())) {
                found.add(new CurriculumProblem(file, "prerequisites", "the prerequisites go round in a circle back to this module"));
            }
            if (!found.isEmpty()) {
                problems.put(module.id(), found);
            }
        }
        return problems;
    }

    private static boolean leadsBack(String start, String current, Map<String, ModuleDefinition> byId, Set<String> seen) {
        ModuleDefinition module = byId.get(current);
        if (module == null || !seen.add(current)) {
            return false;
        }
        for (String next : module.prerequisites()) {
            if (next.equals(start) || leadsBack(start, next, byId, seen)) {
                return true;
            }
        }
        return false;
    }
}
