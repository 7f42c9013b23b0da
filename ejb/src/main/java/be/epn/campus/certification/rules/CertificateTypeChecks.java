package be.epn.campus.certification.rules;

import be.epn.campus.platform.curricula.CurriculumProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The checks of certificate types that need their framework: it is loaded, the rule's area exists and has
 * competences, the level exists; and no two types certify the same area at the same level (the second would be
 * the same achievement under another name).
 */
public final class CertificateTypeChecks {

    /** What the checks need to know about a framework. */
    public record FrameworkAreas(Map<String, Set<String>> competencesByArea, int levels) {
    }

    private CertificateTypeChecks() {
    }

    /** Every problem found, empty when all types are valid. */
    public static List<CurriculumProblem> check(List<CertificateType> types,
                                                Function<String, Optional<FrameworkAreas>> frameworks) {
        List<CurriculumProblem> problems = new ArrayList<>();
        Map<String, String> achievements = new HashMap<>();
        for (CertificateType type : types) {
            Optional<FrameworkAreas> framework = frameworks.apply(type.framework());
            if (framework.isEmpty()) {
                problems.add(new CurriculumProblem(type.file(), "framework", "\"" + type.framework() + "\" is not a loaded framework"));
                continue;
            }
            Set<String> competences = framework.get().competencesByArea().get(type.rule().area());
            if (competences == null || competences.isEmpty()) {
                problems.add(new CurriculumProblem(type.file(), "rule.area",
                        "\"" + type.rule().area() + "\" is not an area of " + type.framework()));
            }
            if (type.rule().level() > framework.get().levels()) {
                problems.add(new CurriculumProblem(type.file(), "rule.level", type.framework() + " has "
                        + framework.get().levels() + " levels, not " + type.rule().level()));
            }
            String achievement = type.framework() + " area " + type.rule().area() + " level " + type.rule().level();
            String first = achievements.putIfAbsent(achievement, type.file());
            if (first != null) {
                problems.add(new CurriculumProblem(type.file(), "rule", achievement + " is already certified by " + first));
            }
        }
        return problems;
    }
}
