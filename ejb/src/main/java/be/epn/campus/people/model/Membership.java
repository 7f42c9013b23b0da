package be.epn.campus.people.model;

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
import java.util.Objects;

/**
 * A person known at an EPN in a role: a learner attached to it, an animateur working there. For a
 * learner, {@code consentGiven} says whether this EPN may see their record: the learner decides, and can
 * withdraw it from their profile.
 */
@Entity
@Table(name = "epn_membership")
@NamedQuery(name = "Membership.ofPerson", query = "SELECT m FROM Membership m JOIN FETCH m.epn WHERE m.person = :person ORDER BY m.since")
@NamedQuery(name = "Membership.atEpn", query = "SELECT m FROM Membership m JOIN FETCH m.person WHERE m.epn = :epn AND m.role = :role"
        + " ORDER BY m.person.familyName, m.person.givenName")
@NamedQuery(name = "Membership.countAtEpn", query = "SELECT COUNT(m) FROM Membership m WHERE m.epn = :epn AND m.role = :role")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "epn_id", nullable = false)
    private Epn epn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(nullable = false)
    private LocalDateTime since;

    @Column(name = "consent_given", nullable = false)
    private boolean consentGiven;

    @Column(name = "consent_at", nullable = false)
    private LocalDateTime consentAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "added_by_id")
    private Person addedBy;

    protected Membership() {
        // for JPA
    }

    /** Links a person to an EPN; the caller adds it to the person's list by persisting through the repository. */
    public Membership(Person person, Epn epn, Role role, LocalDateTime since, boolean consentGiven, Person addedBy) {
        this.person = Objects.requireNonNull(person, "person");
        this.epn = Objects.requireNonNull(epn, "epn");
        this.role = Objects.requireNonNull(role, "role");
        this.since = Objects.requireNonNull(since, "since");
        this.consentGiven = consentGiven;
        this.consentAt = since;
        this.addedBy = addedBy;
        person.addMembership(this);
    }

    public void decideConsent(boolean given, LocalDateTime at) {
        this.consentGiven = given;
        this.consentAt = at;
    }

    /** Takes this link off the person's list, before it is removed. */
    public void detach() {
        person.removeMembership(this);
    }

    /** Moves this link to another person (merging duplicates). */
    public void transferTo(Person kept) {
        person.removeMembership(this);
        person = kept;
        kept.addMembership(this);
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public Epn getEpn() {
        return epn;
    }

    public Role getRole() {
        return role;
    }

    public LocalDateTime getSince() {
        return since;
    }

    public boolean isConsentGiven() {
        return consentGiven;
    }

    public LocalDateTime getConsentAt() {
        return consentAt;
    }
}
