package be.epn.campus.curriculum.model;

import java.util.List;
import java.util.Optional;

/** Where modules, their files and their search terms are kept. Callers provide the transaction. */
public interface ModuleRepository {

    List<LearningModule> all();

    /** The modules of one competence framework, by key. */
    List<LearningModule> ofFramework(String frameworkKey);

    Optional<LearningModule> find(String key);

    void add(LearningModule module);

    /** Removes the module's search terms (before writing new ones). */
    void forgetTerms(LearningModule module);

    void add(SearchTerm term);

    Optional<ModuleFile> file(String moduleKey, String path);

    List<ModuleFile> files(LearningModule module);

    /**
     * Modules holding every word (each word matching the start of a term), best first: the number of
     * occurrences, words found in documents included. At most {@code max}.
     */
    List<SearchHit> search(List<String> words, int max);

    /** A module found by search, with the documents the words were found in. */
    record SearchHit(LearningModule module, long score, List<ModuleFile> documents) {
    }
}
