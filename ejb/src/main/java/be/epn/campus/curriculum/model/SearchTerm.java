package be.epn.campus.curriculum.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One word of a module's texts (from one of its files, when {@code file} is set) and how often it occurs. */
@Entity
@Table(name = "search_term")
public class SearchTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String term;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "module_id", nullable = false)
    private LearningModule module;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "file_id")
    private ModuleFile file;

    @Column(nullable = false)
    private int hits;

    protected SearchTerm() {
        // for JPA
    }

    public SearchTerm(String term, LearningModule module, ModuleFile file, int hits) {
        this.term = term;
        this.module = module;
        this.file = file;
        this.hits = hits;
    }

    public String getTerm() {
        return term;
    }

    public LearningModule getModule() {
        return module;
    }

    public ModuleFile getFile() {
        return file;
    }

    public int getHits() {
        return hits;
    }
}
