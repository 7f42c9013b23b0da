package be.epn.campus.curriculum.service;

import be.epn.campus.curriculum.model.LearningModule;
import be.epn.campus.platform.LocalizedText;
import java.time.LocalDateTime;

/** A module as the coordinator's list shows it: where it came from and when it was loaded. */
public record LoadedModule(String key, int version, LocalizedText title, String origin, LocalDateTime loadedAt,
                           String contentHash) implements java.io.Serializable {

    static LoadedModule of(LearningModule module) {
        return new LoadedModule(module.getKey(), module.getVersion(), module.getTitle(), module.getOrigin().name(),
                module.getLoadedAt(), module.getContentHash());
    }
}
