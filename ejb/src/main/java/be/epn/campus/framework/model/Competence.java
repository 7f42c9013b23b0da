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
 * A competence of a framework, identified by its official code within the framework (DigComp 2.2:
 * "1.1" ... "5.4"). Everything learners do later (placement, modules, evidence, certificates) points at
 * competences.
 */
@Entity
@Table(name = "competence", uniqueConstraints = @UniqueConstraint(columnNames = {"framework_id", "code"}))
public class Competence extends FrameworkElement {

    @Column(nullable = false, length = 16)
    private String code;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "area_id", nullable = false)
    private CompetenceArea area;

    protected Competence() {
        // for JPA
    }

    Competence(Framework framework, String code, UUID uuid) {
        super(framework, uuid);
        this.code = code;
    }

    public String getCode() {
        return code;
    }

    public CompetenceArea getArea() {
        return area;
    }

    void placeIn(CompetenceArea newArea) {
        if (area != null && area != newArea) {
            area.competencesForSync().remove(this);
        }
        if (area != newArea) {
            newArea.competencesForSync().add(this);
        }
        this.area = newArea;
    }

    /** A competence removed from its framework also leaves its area's list, which pages read. */
    void leaveArea() {
        if (area != null) {
            area.competencesForSync().remove(this);
        }
    }

    @Override
    public String toString() {
        return "Competence " + code;
    }
}
