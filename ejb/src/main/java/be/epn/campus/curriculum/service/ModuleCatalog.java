package be.epn.campus.curriculum.service;

import be.epn.campus.curriculum.model.LearningModule;
import be.epn.campus.curriculum.model.ModuleFile;
import be.epn.campus.curriculum.model.ModuleRepository;
import be.epn.campus.curriculum.source.ModuleDefinition;
import be.epn.campus.curriculum.source.ModuleFileReader;
import be.epn.campus.curriculum.source.ModuleFiles;
import be.epn.campus.platform.curricula.CurriculumFile;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Read access to the modules. A module's content is read from its stored files by the same reader that
 * validated them at import, once per version: the interpreted definition is kept in memory under the
 * module's content hash, so a new version is picked up at once and an old one is never served.
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class ModuleCatalog {

    private static final int MAX_HITS = 50;

    @Inject
    ModuleRepository modules;

    private final Map<String, ModuleDefinition> definitions = new ConcurrentHashMap<>();

    public List<ModuleSummary> all() {
        return modules.all().stream().map(ModuleSummary::of).toList();
    }

    public Optional<ModuleSummary> summary(String key) {
        return modules.find(key).map(ModuleSummary::of);
    }

    /** The module's content as its files say, or empty for an unknown key. */
    public Optional<ModuleDefinition> definition(String key) {
        return modules.find(key).map(this::definition);
    }

    /** A file of a module (a picture, a document), for serving it; empty for an unknown one. */
    public Optional<StoredFile> file(String moduleKey, String path) {
        return modules.file(moduleKey, path).map(f -> new StoredFile(f.getPath(), f.getMediaType(), f.getContent(), f.getSha256()));
    }

    /**
     * Modules whose texts (titles, lessons, questions, documents in every language) hold every word of the
     * query; accents, case and word endings after the typed start do not matter. Best first.
     */
    public List<ModuleSearchResult> search(String query) {
        if (query == null || query.isBlank() || query.length() > 200) {
            return List.of();
        }
        List<String> words = Arrays.stream(be.epn.campus.people.model.SearchKey.normalize(query).split(" "))
                .filter(w -> w.length() >= 2).distinct().limit(8).toList();
        return modules.search(words, MAX_HITS).stream().map(hit -> new ModuleSearchResult(ModuleSummary.of(hit.module()),
                hit.documents().stream().map(ModuleFile::getPath).toList())).toList();
    }

    private ModuleDefinition definition(LearningModule module) {
        String cacheKey = module.getKey() + "@" + module.getContentHash();
        return definitions.computeIfAbsent(cacheKey, k -> {
            definitions.keySet().removeIf(old -> old.startsWith(module.getKey() + "@"));
            Map<String, CurriculumFile> files = new LinkedHashMap<>();
            for (ModuleFile file : modules.files(module)) {
                files.put(file.getPath(), new CurriculumFile("modules/" + module.getKey() + "/" + file.getPath(), file.getContent()));
            }
            return new ModuleFileReader().read(new ModuleFiles(module.getKey(), files));
        });
    }

    /** A file's bytes with what a browser needs to show it. */
    public record StoredFile(String path, String mediaType, byte[] content, String sha256) {
    }
}
