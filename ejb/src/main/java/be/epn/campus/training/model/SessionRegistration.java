package be.epn.campus.training.model;

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
 * One animateur's registration to one session, and, once the trainer took attendance, whether they came and how
 * many minutes of continuing education it credits.
 */
@Entity
@Table(name = "session_registration")
@NamedQuery(name = "SessionRegistration.ofSession", query = "SELECT r FROM SessionRegistration r JOIN FETCH r.person WHERE r.session = :session ORDER BY r.id")
@NamedQuery(name = "SessionRegistration.ofPerson", query = "SELECT r FROM SessionRegistration r JOIN FETCH r.session WHERE r.person = :person ORDER BY r.session.startsAt DESC")
@NamedQuery(name = "SessionRegistration.forUpdate", query = "SELECT r FROM SessionRegistration r WHERE r.session = :session ORDER BY r.id")
@NamedQuery(name = "SessionRegistration.one", query = "SELECT r FROM SessionRegistration r WHERE r.session = :session AND r.person = :person")
public class SessionRegistration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id", nullable = false)
    private TrainingSession session;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RegistrationState state;

    @Column(name = "registered_at", nullable = false)
    private LocalDateTime registeredAt;

    private Boolean attended;

    @Column(name = "minutes_credited")
    private Integer minutesCredited;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "marked_by")
    private Person markedBy;

    @Column(name = "marked_at")
    private LocalDateTime markedAt;

    protected SessionRegistration() {
        // for JPA
    }

    public SessionRegistration(TrainingSession session, Person person, RegistrationState state, LocalDateTime at) {
        this.session = session;
        this.person = person;
        this.state = state;
        this.registeredAt = at;
    }

    /** Registers again after a cancellation: back in line, at the end. */
    public void again(RegistrationState newState, LocalDateTime at) {
        this.state = newState;
        this.registeredAt = at;
    }

    public void cancel() {
        this.state = RegistrationState.CANCELLED;
    }

    /** A seat freed up: the first in line gets it. */
    public void promote() {
        this.state = RegistrationState.REGISTERED;
    }

    /** The trainer's attendance: present (with the minutes credited) or absent (none). */
    public void mark(boolean present, int minutes, Person by, LocalDateTime at) {
        this.attended = present;
        this.minutesCredited = present ? minutes : 0;
        this.markedBy = by;
        this.markedAt = at;
    }

    public Long getId() {
        return id;
    }

    public TrainingSession getSession() {
        return session;
    }

    public Person getPerson() {
        return person;
    }

    public RegistrationState getState() {
        return state;
    }

    public LocalDateTime getRegisteredAt() {
        return registeredAt;
    }

    public Boolean getAttended() {
        return attended;
    }

    public int minutesCredited() {
        return minutesCredited == null ? 0 : minutesCredited;
    }

    public Person getMarkedBy() {
        return markedBy;
    }

    public void moveTo(Person kept) {
        this.person = kept;
    }
}
