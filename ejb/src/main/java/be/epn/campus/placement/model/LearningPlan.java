package be.epn.campus.placement.model;

import be.epn.campus.curriculum.model.LearningModule;
import be.epn.campus.people.model.Person;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The modules a learner is to take, in order: proposed from their placement (or the starter path), adjusted by
 * an animateur. One per learner; a new placement proposes a new one.
 */
@Entity
@Table(name = "learning_plan")
@NamedQuery(name = "LearningPlan.ofPerson", query = "SELECT p FROM LearningPlan p WHERE p.person = :person")
public class LearningPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "placement_id")
    private PlacementSession placement;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "updated_by")
    private Person updatedBy;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PlanStep> steps = new ArrayList<>();

    protected LearningPlan() {
        // for JPA
    }

    public LearningPlan(Person person, LocalDateTime at) {
        this.person = person;
        this.createdAt = at;
        this.updatedAt = at;
    }

    /**
     * Replaces every step by these modules, in this order (a new proposal). The step of a module that stays is
     * kept and renumbered rather than removed and added again: JPA inserts before it deletes orphans, and the new
     * row would meet the old one in the unique key (plan, module).
     */
    public void propose(PlacementSession from, List<LearningModule> modules, PlanStep.Reason reason, LocalDateTime at) {
        this.placement = from;
        Map<LearningModule, PlanStep> kept = new HashMap<>();
        steps.forEach(s -> kept.put(s.getModule(), s));
        steps.clear();
        for (LearningModule module : modules) {
            PlanStep step = kept.get(module);
            if (step == null) {
                step = new PlanStep(this, module, steps.size() + 1, reason);
            } else {
                step.proposedAgain(steps.size() + 1, reason);
            }
            steps.add(step);
        }
        this.updatedAt = at;
        this.updatedBy = null;
    }

    /** Adds a module at the end; false if it is already in the plan. */
    public boolean add(LearningModule module, Person animateur, LocalDateTime at) {
        Objects.requireNonNull(animateur, "animateur");
        if (contains(module)) {
            return false;
        }
        steps.add(new PlanStep(this, module, steps.size() + 1, PlanStep.Reason.ANIMATEUR));
        changed(animateur, at);
        return true;
    }

    public boolean remove(LearningModule module, Person animateur, LocalDateTime at) {
        Objects.requireNonNull(animateur, "animateur");
        boolean removed = steps.removeIf(s -> s.getModule().equals(module));
        if (removed) {
            renumber();
            changed(animateur, at);
        }
        return removed;
    }

    /** Moves a module one place up (delta -1) or down (+1); false at either end or when absent. */
    public boolean move(LearningModule module, int delta, Person animateur, LocalDateTime at) {
        Objects.requireNonNull(animateur, "animateur");
        int from = indexOf(module);
        int to = from + delta;
        if (from < 0 || to < 0 || to >= steps.size()) {
            return false;
        }
        steps.add(to, steps.remove(from));
        renumber();
        changed(animateur, at);
        return true;
    }

    public boolean contains(LearningModule module) {
        return indexOf(module) >= 0;
    }

    private int indexOf(LearningModule module) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).getModule().equals(module)) {
                return i;
            }
        }
        return -1;
    }

    private void renumber() {
        for (int i = 0; i < steps.size(); i++) {
            steps.get(i).placeAt(i + 1);
        }
    }

    private void changed(Person animateur, LocalDateTime at) {
        this.updatedBy = animateur;
        this.updatedAt = at;
    }

    /** Merge of two records: the plan follows the learner kept. */
    public void moveTo(Person kept) {
        this.person = kept;
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public PlacementSession getPlacement() {
        return placement;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public Person getUpdatedBy() {
        return updatedBy;
    }

    public List<PlanStep> getSteps() {
        return steps;
    }
}
