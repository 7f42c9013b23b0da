package be.epn.campus.curriculum.service;

import be.epn.campus.curriculum.model.LearningModule;
import be.epn.campus.platform.LocalizedText;
import java.util.List;

/** A module as lists show it. */
public record ModuleSummary(String key, int version, LocalizedText title, LocalizedText summary, int durationMinutes,
                            String framework, List<Target> targets, List<String> prerequisites) {

    public record Target(String code, LocalizedText title, int level) {
    }

    public static ModuleSummary of(LearningModule module) {
        return new ModuleSummary(module.getKey(), module.getVersion(), module.getTitle(), module.getSummary(),
                module.getDurationMinutes(), module.getFramework().getKey(),
                module.getTargets().stream().map(t -> new Target(t.getCompetence().getCode(), t.getCompetence().getTitle(), t.getLevel())).toList(),
                module.getPrerequisites().stream().map(LearningModule::getKey).sorted().toList());
    }
}
