package be.epn.campus.progress.service;

import be.epn.campus.platform.LocalizedText;
import be.epn.campus.progress.model.ModuleState;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One page of the learners × modules grid, and how many learners the filter matches in all. */
public record CohortGrid(List<Column> modules, List<Row> rows, long total) {

    public record Column(String key, LocalizedText title) {
    }

    /** A cohort the view can be filtered by. */
    public record CohortChoice(UUID uuid, String name) implements java.io.Serializable {
    }

    public record Row(UUID learner, String name, String username, Map<String, Cell> cells, List<String> epns) {

        public Cell cell(String module) {
            return cells.getOrDefault(module, Cell.NONE);
        }
    }

    /** A learner's state in a module: done/required activities, when last touched, where completed. */
    public record Cell(ModuleState state, int done, int required, LocalDateTime lastActivityAt, LocalDateTime completedAt,
                       String completedAtEpn) {

        static final Cell NONE = new Cell(ModuleState.NOT_STARTED, 0, 0, null, null, null);
    }
}
