package be.epn.campus.progress.model;

import be.epn.campus.people.model.Epn;
import be.epn.campus.people.model.Person;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A learning event as an xAPI statement (JSON), stored next to the verb, object and EPN it is about so that
 * a learner's history reads without parsing JSON. {@code forwardedAt} stays empty until an LRS takes it.
 */
@Entity
@Table(name = "learning_record")
@NamedQuery(name = "LearningRecord.ofPerson", query = "SELECT r FROM LearningRecord r LEFT JOIN FETCH r.epn WHERE r.person = :person ORDER BY r.storedAt DESC, r.id DESC")
public class LearningRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "statement_id", nullable = false, length = 36)
    private String statementId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Column(nullable = false, length = 40)
    private String verb;

    @Column(name = "object_iri", nullable = false)
    private String objectIri;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "epn_id")
    private Epn epn;

    @Column(name = "stored_at", nullable = false)
    private LocalDateTime storedAt;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private String statement;

    @Column(name = "forwarded_at")
    private LocalDateTime forwardedAt;

    protected LearningRecord() {
        // for JPA
    }

    public LearningRecord(UUID statementId, Person person, String verb, String objectIri, Epn epn, String statement,
                          LocalDateTime at) {
        this.statementId = statementId.toString();
        this.person = person;
        this.verb = verb;
        this.objectIri = objectIri;
        this.epn = epn;
        this.statement = statement;
        this.storedAt = at;
    }

    /** Erasure only: the same statement without what could name the learner. */
    public void replaceStatement(String json) {
        this.statement = json;
    }

    public String getStatementId() {
        return statementId;
    }

    public String getVerb() {
        return verb;
    }

    public String getObjectIri() {
        return objectIri;
    }

    public Epn getEpn() {
        return epn;
    }

    public LocalDateTime getStoredAt() {
        return storedAt;
    }

    public String getStatement() {
        return statement;
    }
}
