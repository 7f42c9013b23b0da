package be.epn.campus.placement.model;

import be.epn.campus.curriculum.model.LearningModule;
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
import jakarta.persistence.Table;

/** One module of a learning plan, at its place, and why it is there. */
@Entity
@Table(name = "learning_plan_step")
public class PlanStep {

    /** Proposed from the placement's levels, the starter path of a true beginner, or added by an animateur. */
    public enum Reason { PLACEMENT, STARTER, ANIMATEUR }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id", nullable = false)
    private LearningPlan plan;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "module_id", nullable = false)
    private LearningModule module;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Reason reason;

    protected PlanStep() {
        // for JPA
    }

    PlanStep(LearningPlan plan, LearningModule module, int position, Reason reason) {
        this.plan = plan;
        this.module = module;
        this.position = position;
        this.reason = reason;
    }

    void placeAt(int newPosition) {
        this.position = newPosition;
    }

    /** The same module in a new proposal: its new place and why it is there now. */
    void proposedAgain(int newPosition, Reason newReason) {
        this.position = newPosition;
        this.reason = newReason;
    }

    public LearningModule getModule() {
        return module;
    }

    public int getPosition() {
        return position;
    }

    public Reason getReason() {
        return reason;
    }
}
