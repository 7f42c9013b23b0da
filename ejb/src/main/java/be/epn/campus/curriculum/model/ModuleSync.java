package be.epn.campus.curriculum.model;

import be.epn.campus.curriculum.source.Activity;
import be.epn.campus.curriculum.source.ModuleDefinition;
import be.epn.campus.curriculum.source.ModuleFiles;
import be.epn.campus.framework.model.Framework;
import be.epn.campus.platform.Language;
import be.epn.campus.platform.LocalizedText;
import be.epn.campus.platform.curricula.CurriculumFile;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Makes a module's rows say what its files say: description, targets, prerequisites, activities (matched
 * by key so that progress stays attached; gone ones retired), files (replaced whole) and the search terms
 * of every text it holds.
 */
public final class ModuleSync {

    private ModuleSync() {
    }

    /**
     * Applies a validated definition. {@code others} resolves prerequisite keys; {@code facts} holds what
     * was read out of each file (media type always, text for documents); {@code terms} receives the new
     * search terms, which the caller persists after removing the old ones.
     */
    public static void apply(LearningModule module, ModuleDefinition definition, ModuleFiles files,
                             Map<String, DocumentFacts> facts, Framework framework, Map<String, LearningModule> others,
                             LearningModule.Origin origin, String hash, LocalDateTime now, Consumer<SearchTerm> terms) {
        module.describe(definition.version(), framework, definition.title(), definition.summary(),
                definition.durationMinutes(), definition.completion().name(), hash, origin, now);
        module.targetsForSync().clear();
        for (ModuleDefinition.Target target : definition.targets()) {
            framework.competence(target.competence()).ifPresent(c -> module.targetsForSync().add(new ModuleTarget(module, c, target.level())));
        }
        module.prerequisitesForSync().clear();
        definition.prerequisites().forEach(key -> module.prerequisitesForSync().add(others.get(key)));
        activities(module, definition);
        module.filesForSync().clear();
        Map<String, Integer> moduleWords = new TreeMap<>();
        for (Map.Entry<String, CurriculumFile> entry : files.byPath().entrySet()) {
            String path = entry.getKey();
            CurriculumFile file = entry.getValue();
            DocumentFacts fact = facts.get(path);
            ModuleFile row = new ModuleFile(module, path, fact == null ? "application/octet-stream" : fact.mediaType(),
                    file.content(), file.sha256());
            if (fact != null && fact.text() != null) {
                row.describeDocument(fact.title(), fact.language(), fact.pages(), fact.text());
                Words.of(fact.text()).forEach((word, hits) -> terms.accept(new SearchTerm(word, module, row, hits)));
            }
            module.filesForSync().add(row);
        }
        texts(definition).forEach(text -> Words.count(text, moduleWords));
        moduleWords.forEach((word, hits) -> terms.accept(new SearchTerm(word, module, null, hits)));
    }

    private static void activities(LearningModule module, ModuleDefinition definition) {
        Map<String, ModuleActivity> existing = new HashMap<>();
        module.activitiesForSync().forEach(a -> existing.put(a.getKey(), a));
        int position = 0;
        for (Activity activity : definition.activities()) {
            ModuleActivity row = existing.remove(activity.id());
            if (row == null) {
                row = new ModuleActivity(module, activity.id());
                module.activitiesForSync().add(row);
            }
            row.describe(position++, activity.kind(), activity.required(), activity.title());
        }
        existing.values().forEach(ModuleActivity::retire);
    }

    /** Every text of the module that a learner reads, in every language. */
    static List<String> texts(ModuleDefinition definition) {
        List<String> texts = new ArrayList<>();
        Consumer<LocalizedText> all = text -> {
            if (text != null) {
                for (Language language : Language.values()) {
                    texts.add(text.raw(language));
                }
            }
        };
        all.accept(definition.title());
        all.accept(definition.summary());
        for (Activity activity : definition.activities()) {
            all.accept(activity.title());
            if (activity instanceof Activity.Lesson lesson) {
                all.accept(lesson.markdown());
            } else if (activity instanceof Activity.Resource resource) {
                all.accept(resource.description());
            } else if (activity instanceof Activity.Task task) {
                all.accept(task.instructions());
            } else if (activity instanceof Activity.Link link) {
                all.accept(link.description());
            } else if (activity instanceof Activity.Quiz quiz) {
                quiz.questions().forEach(q -> all.accept(q.prompt()));
            }
        }
        return texts;
    }
}
