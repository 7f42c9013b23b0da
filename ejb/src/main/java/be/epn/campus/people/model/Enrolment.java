package be.epn.campus.people.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDateTime;

/** A learner's place in a cohort, since when. */
@Embeddable
public class Enrolment {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Column(name = "enrolled_at", nullable = false)
    private LocalDateTime enrolledAt;

    protected Enrolment() {
        // for JPA
    }

    Enrolment(Person person, LocalDateTime enrolledAt) {
        this.person = person;
        this.enrolledAt = enrolledAt;
    }

    public Person getPerson() {
        return person;
    }

    public LocalDateTime getEnrolledAt() {
        return enrolledAt;
    }
}
