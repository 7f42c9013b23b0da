package be.epn.campus.platform.curricula;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A curriculum file that cannot be loaded, with every problem found in it (not only the first). Thrown out
 * of a service, it rolls the transaction back: what was loaded before stays as it was.
 */
@ApplicationException(rollback = true)
public class InvalidCurriculumException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<CurriculumProblem> problems;

    public InvalidCurriculumException(List<CurriculumProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<CurriculumProblem> problems() {
        return problems;
    }

    private static String describe(List<CurriculumProblem> problems) {
        return problems.size() == 1
                ? problems.get(0).toString()
                : problems.size() + " problems:\n" + problems.stream()
                        .map(p -> "  - " + p).collect(Collectors.joining("\n"));
    }
}
