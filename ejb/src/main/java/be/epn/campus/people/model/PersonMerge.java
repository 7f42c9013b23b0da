package be.epn.campus.people.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** The history of a merge: which duplicate was folded into which record, by whom, when and why. */
@Entity
@Table(name = "person_merge")
@NamedQuery(name = "PersonMerge.involving", query = "SELECT m FROM PersonMerge m WHERE m.kept = :person OR m.merged = :person"
        + " ORDER BY m.mergedAt")
public class PersonMerge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "kept_id", nullable = false)
    private Person kept;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_id", nullable = false)
    private Person merged;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_by_id", nullable = false)
    private Person mergedBy;

    @Column(name = "merged_at", nullable = false)
    private LocalDateTime mergedAt;

    @Column(nullable = false, length = 500)
    private String reason;

    protected PersonMerge() {
        // for JPA
    }

    public PersonMerge(Person kept, Person merged, Person mergedBy, LocalDateTime mergedAt, String reason) {
        this.kept = kept;
        this.merged = merged;
        this.mergedBy = mergedBy;
        this.mergedAt = mergedAt;
        this.reason = reason;
    }

    public Person getKept() {
        return kept;
    }

    public Person getMerged() {
        return merged;
    }

    public Person getMergedBy() {
        return mergedBy;
    }

    public LocalDateTime getMergedAt() {
        return mergedAt;
    }

    public String getReason() {
        return reason;
    }
}
