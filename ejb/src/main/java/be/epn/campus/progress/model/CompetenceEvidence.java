package be.epn.campus.progress.model;

import be.epn.campus.curriculum.model.LearningModule;
import be.epn.campus.curriculum.model.ModuleActivity;
import be.epn.campus.framework.model.Competence;
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
import java.time.LocalDateTime;

/**
 * One piece of evidence that a learner reached a level in a competence: its source, when, at which EPN, and
 * with which autonomy. Evidence is only ever added; the profile reads the best of it.
 */
@Entity
@Table(name = "competence_evidence")
@NamedQuery(name = "CompetenceEvidence.ofPerson", query = "SELECT e FROM CompetenceEvidence e JOIN FETCH e.competence WHERE e.person = :person ORDER BY e.recordedAt")
public class CompetenceEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "competence_id", nullable = false)
    private Competence competence;

    @Column(name = "level_number", nullable = false)
    private int level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EvidenceSource source;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "module_id")
    private LearningModule module;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "activity_id")
    private ModuleActivity activity;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Autonomy autonomy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "epn_id")
    private Epn epn;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recorded_by")
    private Person recordedBy;

    protected CompetenceEvidence() {
        // for JPA
    }

    public CompetenceEvidence(Person person, Competence competence, int level, EvidenceSource source, LearningModule module,
                              ModuleActivity activity, Autonomy autonomy, Epn epn, Person recordedBy, LocalDateTime at) {
        this.person = person;
        this.competence = competence;
        this.level = level;
        this.source = source;
        this.module = module;
        this.activity = activity;
        this.autonomy = autonomy;
        this.epn = epn;
        this.recordedBy = recordedBy;
        this.recordedAt = at;
    }

    public Competence getCompetence() {
        return competence;
    }

    public int getLevel() {
        return level;
    }

    public EvidenceSource getSource() {
        return source;
    }

    public LearningModule getModule() {
        return module;
    }

    public ModuleActivity getActivity() {
        return activity;
    }

    public Autonomy getAutonomy() {
        return autonomy;
    }

    public Epn getEpn() {
        return epn;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public Person getRecordedBy() {
        return recordedBy;
    }
}
