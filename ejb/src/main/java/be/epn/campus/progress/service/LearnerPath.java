package be.epn.campus.progress.service;

import be.epn.campus.platform.LocalizedText;
import be.epn.campus.progress.model.ActivityState;
import be.epn.campus.progress.model.ModuleState;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * "My path": the next step first (the module in progress touched last, else the first module ready to
 * start), then the others; the modules completed; the competence profile; the EPNs where the learner worked.
 */
public record LearnerPath(UUID learner, String givenName, ModuleStep next, List<ModuleStep> modules,
                          CompetenceProfile profile, List<String> epns, List<Event> history) {

    public record ModuleStep(String key, LocalizedText title, LocalizedText summary, int durationMinutes, ModuleState state,
                             int done, int required, boolean ready, LocalDateTime lastActivityAt, LocalDateTime completedAt,
                             String completedAtEpn, Map<String, ActivityState> activities) {

        public int percent() {
            return required == 0 ? 100 : done * 100 / required;
        }
    }

    public record Event(LocalDateTime at, String verb, LocalizedText object, String epn) {
    }

    static LearnerPath of(UUID learner, String givenName, List<ModuleStep> modules, CompetenceProfile profile,
                          List<String> epns, List<Event> history) {
        ModuleStep next = modules.stream().filter(m -> m.state() == ModuleState.STARTED)
                .max(Comparator.comparing(ModuleStep::lastActivityAt))
                .orElseGet(() -> modules.stream().filter(m -> m.state() == ModuleState.NOT_STARTED && m.ready()).findFirst()
                        .orElse(null));
        return new LearnerPath(learner, givenName, next, modules, profile, epns, history);
    }

    public List<ModuleStep> completed() {
        return modules.stream().filter(m -> m.state() == ModuleState.COMPLETED).toList();
    }
}
