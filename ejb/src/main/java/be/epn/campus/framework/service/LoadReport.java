package be.epn.campus.framework.service;

import java.time.LocalDateTime;
import java.util.List;

/** The outcome of loading the curricula: one line per file, in the order they were read. */
public record LoadReport(String source, LocalDateTime finishedAt, List<FileOutcome> outcomes) {

    public LoadReport {
        outcomes = List.copyOf(outcomes);
    }

    public long count(FileOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public List<FileOutcome> failures() {
        return outcomes.stream().filter(FileOutcome::failed).toList();
    }
}
