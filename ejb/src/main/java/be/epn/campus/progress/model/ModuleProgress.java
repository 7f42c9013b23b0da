package be.epn.campus.progress.model;

import be.epn.campus.curriculum.model.LearningModule;
import be.epn.campus.people.model.Epn;
import be.epn.campus.people.model.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * Where one learner stands on one module: how many required activities are complete, and once all are (by
 * the module's completion rule), when and where it was completed. Kept as a row, not computed on the fly,
 * so that a cohort of thousands pages from the database.
 */
@Entity
@Table(name = "module_progress")
@NamedQuery(name = "ModuleProgress.of", query = "SELECT p FROM ModuleProgress p WHERE p.person = :person AND p.module = :module")
@NamedQuery(name = "ModuleProgress.ofPerson", query = "SELECT p FROM ModuleProgress p JOIN FETCH p.module WHERE p.person = :person ORDER BY p.lastActivityAt DESC")
public class ModuleProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "module_id", nullable = false)
    private LearningModule module;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ModuleState state;

    @Column(name = "done_count", nullable = false)
    private int doneCount;

    @Column(name = "required_count", nullable = false)
    private int requiredCount;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "started_epn_id")
    private Epn startedEpn;

    @Column(name = "completed_at")
    private LocalDateTime completedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "completed_epn_id")
    private Epn completedEpn;

    @Column(name = "last_activity_at", nullable = false)
    private LocalDateTime lastActivityAt;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected ModuleProgress() {
        // for JPA
    }

    public ModuleProgress(Person person, LearningModule module, int requiredCount, Epn epn, LocalDateTime at) {
        this.person = person;
        this.module = module;
        this.state = ModuleState.STARTED;
        this.requiredCount = requiredCount;
        this.startedEpn = epn;
        this.startedAt = at;
        this.lastActivityAt = at;
    }

    /**
     * The counts after an activity changed; completes the module when every required activity is complete.
     * A completed module stays completed (a new version of it does not take a learner's completion away).
     * @return true when this call completed the module
     */
    public boolean update(int done, int required, Epn where, LocalDateTime at) {
        doneCount = done;
        requiredCount = required;
        lastActivityAt = at;
        if (state != ModuleState.COMPLETED && done >= required) {
            state = ModuleState.COMPLETED;
            completedAt = at;
            completedEpn = where;
            return true;
        }
        return false;
    }

    public Person getPerson() {
        return person;
    }

    public LearningModule getModule() {
        return module;
    }

    public ModuleState getState() {
        return state;
    }

    public int getDoneCount() {
        return doneCount;
    }

    public int getRequiredCount() {
        return requiredCount;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public Epn getStartedEpn() {
        return startedEpn;
    }

    public LocalDateTime getCompletedAt() {
        return completedAt;
    }

    public Epn getCompletedEpn() {
        return completedEpn;
    }

    public LocalDateTime getLastActivityAt() {
        return lastActivityAt;
    }
}
