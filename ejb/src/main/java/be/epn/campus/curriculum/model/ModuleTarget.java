package be.epn.campus.curriculum.model;

import be.epn.campus.framework.model.Competence;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A competence a module trains, and the level it brings a learner to. */
@Entity
@Table(name = "module_target")
public class ModuleTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "module_id", nullable = false)
    private LearningModule module;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "competence_id", nullable = false)
    private Competence competence;

    @Column(name = "target_level", nullable = false)
    private int level;

    protected ModuleTarget() {
        // for JPA
    }

    ModuleTarget(LearningModule module, Competence competence, int level) {
        this.module = module;
        this.competence = competence;
        this.level = level;
    }

    public Competence getCompetence() {
        return competence;
    }

    public int getLevel() {
        return level;
    }
}
