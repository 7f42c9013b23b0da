package be.epn.campus.framework.service;

import be.epn.campus.platform.curricula.CurriculumProblem;
import java.util.List;

/** What became of one curriculum file at a load. */
public record FileOutcome(String file, Status status, String message, List<CurriculumProblem> problems) {

    public enum Status {
        /** First load: new rows. */
        LOADED,
        /** The file changed since the last load: rows updated in place. */
        UPDATED,
        /** Same content as last time: nothing written. */
        UNCHANGED,
        /** Refused; what was loaded before is untouched. */
        FAILED,
        /** Not a file the loader knows what to do with (a misnamed file, for instance). */
        IGNORED
    }

    public FileOutcome {
        problems = List.copyOf(problems);
    }

    public static FileOutcome of(String file, Status status, String message) {
        return new FileOutcome(file, status, message, List.of());
    }

    public boolean failed() {
        return status == Status.FAILED;
    }
}
