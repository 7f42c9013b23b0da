package be.epn.campus.placement.model;

import be.epn.campus.people.model.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * An item's parameters as calibration re-estimated them from real answers; they replace those of the item's
 * file until the next calibration. The previous values are kept for the report.
 */
@Entity
@Table(name = "placement_item_parameters")
@NamedQuery(name = "CalibratedItem.all", query = "SELECT c FROM CalibratedItem c")
public class CalibratedItem {

    @Id
    @Column(name = "item_key", length = 64)
    private String itemKey;

    @Column(nullable = false)
    private double discrimination;

    @Column(nullable = false)
    private double difficulty;

    @Column(nullable = false)
    private double guessing;

    @Column(name = "previous_discrimination", nullable = false)
    private double previousDiscrimination;

    @Column(name = "previous_difficulty", nullable = false)
    private double previousDifficulty;

    @Column(nullable = false)
    private int answers;

    @Column(name = "calibrated_at", nullable = false)
    private LocalDateTime calibratedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "calibrated_by")
    private Person calibratedBy;

    protected CalibratedItem() {
        // for JPA
    }

    public CalibratedItem(String itemKey) {
        this.itemKey = itemKey;
    }

    public void update(double newDiscrimination, double newDifficulty, double newGuessing, double oldDiscrimination,
                       double oldDifficulty, int answerCount, Person by, LocalDateTime at) {
        this.discrimination = newDiscrimination;
        this.difficulty = newDifficulty;
        this.guessing = newGuessing;
        this.previousDiscrimination = oldDiscrimination;
        this.previousDifficulty = oldDifficulty;
        this.answers = answerCount;
        this.calibratedBy = by;
        this.calibratedAt = at;
    }

    public String getItemKey() {
        return itemKey;
    }

    public double getDiscrimination() {
        return discrimination;
    }

    public double getDifficulty() {
        return difficulty;
    }

    public double getGuessing() {
        return guessing;
    }

    public double getPreviousDiscrimination() {
        return previousDiscrimination;
    }

    public double getPreviousDifficulty() {
        return previousDifficulty;
    }

    public int getAnswers() {
        return answers;
    }

    public LocalDateTime getCalibratedAt() {
        return calibratedAt;
    }
}
