package be.epn.campus.placement.model;

import be.epn.campus.people.model.Epn;
import be.epn.campus.people.model.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * One answer of a placement, saved before the next item is shown; never changed (the first answer counts).
 * {@code helpedBy} is the animateur who sat beside the learner in assisted mode: such answers are "with help".
 */
@Entity
@Table(name = "placement_answer")
public class PlacementAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "placement_id", nullable = false)
    private PlacementSession placement;

    @Column(nullable = false)
    private int position;

    @Column(name = "item_key", nullable = false, length = 64)
    private String itemKey;

    @Column(nullable = false, length = 2000)
    private String response;

    @Column(nullable = false)
    private boolean correct;

    @Column(name = "elapsed_seconds", nullable = false)
    private int elapsedSeconds;

    @Column(name = "answered_at", nullable = false)
    private LocalDateTime answeredAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "epn_id")
    private Epn epn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "helped_by")
    private Person helpedBy;

    protected PlacementAnswer() {
        // for JPA
    }

    public PlacementAnswer(PlacementSession placement, int position, String itemKey, String response, boolean correct,
                           Duration elapsed, LocalDateTime at, Epn epn, Person helpedBy) {
        this.placement = placement;
        this.position = position;
        this.itemKey = itemKey;
        this.response = response;
        this.correct = correct;
        this.elapsedSeconds = (int) elapsed.getSeconds();
        this.answeredAt = at;
        this.epn = epn;
        this.helpedBy = helpedBy;
    }

    /** Erasure of a person's data: what they typed goes, whether it was right stays (figures per item). */
    public void forgetResponse() {
        this.response = "";
    }

    public PlacementSession getPlacement() {
        return placement;
    }

    public int getPosition() {
        return position;
    }

    public String getItemKey() {
        return itemKey;
    }

    public String getResponse() {
        return response;
    }

    public boolean isCorrect() {
        return correct;
    }

    public Duration elapsed() {
        return Duration.ofSeconds(elapsedSeconds);
    }

    public LocalDateTime getAnsweredAt() {
        return answeredAt;
    }

    public Epn getEpn() {
        return epn;
    }

    public Person getHelpedBy() {
        return helpedBy;
    }

    public boolean withHelp() {
        return helpedBy != null;
    }
}
