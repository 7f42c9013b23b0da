package be.epn.campus.platform.audit;

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
 * One line of the audit log: who did what to whose data, where, when. It points at people by id and
 * never copies a name, so that erasing a person's identity leaves no trace of it here.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = "AuditEvent.recent", query = "SELECT a FROM AuditEvent a ORDER BY a.occurredAt DESC, a.id DESC")
@NamedQuery(name = "AuditEvent.about", query = "SELECT a FROM AuditEvent a WHERE a.subject = :person OR a.actor = :person"
        + " ORDER BY a.occurredAt, a.id")
@NamedQuery(name = "AuditEvent.count", query = "SELECT COUNT(a) FROM AuditEvent a")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    private Person actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AuditAction action;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_id")
    private Person subject;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "epn_id")
    private Epn epn;

    /** Codes and counts only ("role=ANIMATEUR", "results=3"), never free text typed by someone. */
    @Column(length = 500)
    private String detail;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(LocalDateTime occurredAt, Person actor, AuditAction action, Person subject, Epn epn, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.subject = subject;
        this.epn = epn;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public Person getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public Person getSubject() {
        return subject;
    }

    public Epn getEpn() {
        return epn;
    }

    public String getDetail() {
        return detail;
    }
}
