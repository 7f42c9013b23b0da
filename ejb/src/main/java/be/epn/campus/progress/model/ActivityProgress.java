package be.epn.campus.progress.model;

import be.epn.campus.curriculum.model.ModuleActivity;
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

/** Where one learner stands on one activity; the state only moves up. */
@Entity
@Table(name = "activity_progress")
@NamedQuery(name = "ActivityProgress.of", query = "SELECT p FROM ActivityProgress p WHERE p.person = :person AND p.activity = :activity")
@NamedQuery(name = "ActivityProgress.inModule", query = "SELECT p FROM ActivityProgress p WHERE p.person = :person AND p.activity.module = :module")
@NamedQuery(name = "ActivityProgress.ofPerson", query = "SELECT p FROM ActivityProgress p WHERE p.person = :person ORDER BY p.firstAt")
public class ActivityProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "activity_id", nullable = false)
    private ModuleActivity activity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ActivityState state;

    @Column(name = "best_score")
    private Integer bestScore;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Autonomy autonomy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "attested_by")
    private Person attestedBy;

    @Column(name = "first_at", nullable = false)
    private LocalDateTime firstAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "epn_id")
    private Epn epn;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected ActivityProgress() {
        // for JPA
    }

    public ActivityProgress(Person person, ModuleActivity activity, ActivityState state, Epn epn, LocalDateTime at) {
        this.person = person;
        this.activity = activity;
        this.state = state;
        this.epn = epn;
        this.firstAt = at;
        this.updatedAt = at;
    }

    /** Moves to {@code next} if it is further than now; returns whether anything changed. */
    public boolean advance(ActivityState next, Epn where, LocalDateTime at) {
        if (next.compareTo(state) <= 0) {
            return false;
        }
        state = next;
        epn = where;
        updatedAt = at;
        return true;
    }

    public void scored(int score) {
        bestScore = bestScore == null ? score : Math.max(bestScore, score);
    }

    /**
     * An animateur's attestation. A later attestation replaces an earlier one (the learner may have gone
     * from "with help" to "alone"); both stay as evidence in the profile.
     */
    public void attest(Autonomy reached, Person by, Epn where, LocalDateTime at) {
        state = ActivityState.ATTESTED;
        autonomy = reached;
        attestedBy = by;
        epn = where;
        updatedAt = at;
    }

    /** Merge: the row joins the record kept. */
    public void moveTo(Person kept) {
        this.person = kept;
    }

    /** Merge: takes the further state, the better score and the earlier start of the duplicate's row. */
    public void absorb(ActivityProgress other) {
        if (other.state.compareTo(state) > 0) {
            state = other.state;
            autonomy = other.autonomy;
            attestedBy = other.attestedBy;
            epn = other.epn;
            updatedAt = other.updatedAt;
        }
        if (other.bestScore != null) {
            scored(other.bestScore);
        }
        if (other.firstAt.isBefore(firstAt)) {
            firstAt = other.firstAt;
        }
    }

    public Person getPerson() {
        return person;
    }

    public ModuleActivity getActivity() {
        return activity;
    }

    public ActivityState getState() {
        return state;
    }

    public Integer getBestScore() {
        return bestScore;
    }

    public Autonomy getAutonomy() {
        return autonomy;
    }

    public Person getAttestedBy() {
        return attestedBy;
    }

    public LocalDateTime getFirstAt() {
        return firstAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public Epn getEpn() {
        return epn;
    }
}
