package be.epn.campus.framework.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** A competence area of a framework (DigComp: 1 "Information and data literacy" ... 5). */
@Entity
@Table(name = "competence_area", uniqueConstraints = @UniqueConstraint(columnNames = {"framework_id", "code"}))
public class CompetenceArea extends FrameworkElement {

    @Column(nullable = false, length = 16)
    private String code;

    /** Navigation only: the framework owns competences (see {@link Framework#getCompetences()}). */
    @OneToMany(mappedBy = "area")
    @OrderBy("position")
    private List<Competence> competences = new ArrayList<>();

    protected CompetenceArea() {
        // for JPA
    }

    CompetenceArea(Framework framework, String code, UUID uuid) {
        super(framework, uuid);
        this.code = code;
    }

    public String getCode() {
        return code;
    }

    public List<Competence> getCompetences() {
        return Collections.unmodifiableList(competences);
    }

    List<Competence> competencesForSync() {
        return competences;
    }

    @Override
    public String toString() {
        return "Area " + code;
    }
}
