package be.epn.campus.framework.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.UUID;

/**
 * A proficiency level of a framework, numbered from 1. In DigComp a level says how complex the tasks are,
 * how autonomous the person is (with guidance, on one's own, guiding others) and which cognitive domain
 * is at work (remembering ... creating).
 */
@Entity
@Table(name = "proficiency_level", uniqueConstraints = @UniqueConstraint(columnNames = {"framework_id", "level_number"}))
public class ProficiencyLevel extends FrameworkElement {

    @Column(name = "level_number", nullable = false)
    private int number;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "band_id", nullable = false)
    private ProficiencyBand band;

    protected ProficiencyLevel() {
        // for JPA
    }

    ProficiencyLevel(Framework framework, int number, UUID uuid) {
        super(framework, uuid);
        this.number = number;
    }

    public int getNumber() {
        return number;
    }

    public ProficiencyBand getBand() {
        return band;
    }

    void placeIn(ProficiencyBand band) {
        this.band = band;
    }

    @Override
    public String toString() {
        return "Level " + number;
    }
}
