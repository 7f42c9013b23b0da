package be.epn.campus.people.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A group of learners meeting at an EPN with their animateur(s) on a schedule ("Tuesday afternoon
 * beginners, September to December"). Only learners known at the cohort's EPN can be enrolled.
 */
@Entity
@Table(name = "cohort")
@NamedQuery(name = "Cohort.atEpn", query = "SELECT c FROM Cohort c WHERE c.epn = :epn ORDER BY c.schedule.firstDay DESC, c.name")
@NamedQuery(name = "Cohort.byUuid", query = "SELECT c FROM Cohort c WHERE c.uuid = :uuid")
@NamedQuery(name = "Cohort.ofMember", query = "SELECT c FROM Cohort c JOIN c.enrolments e WHERE e.person = :person ORDER BY c.schedule.firstDay DESC")
@NamedQuery(name = "Cohort.ofAnimateur", query = "SELECT c FROM Cohort c JOIN c.animateurs a WHERE a = :person ORDER BY c.schedule.firstDay DESC")
public class Cohort {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 36)
    private String uuid;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "epn_id", nullable = false)
    private Epn epn;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 1000)
    private String description;

    @jakarta.persistence.Embedded
    private CohortSchedule schedule;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    @ManyToMany
    @JoinTable(name = "cohort_animateur", joinColumns = @JoinColumn(name = "cohort_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> animateurs = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "cohort_member", joinColumns = @JoinColumn(name = "cohort_id"))
    private List<Enrolment> enrolments = new ArrayList<>();

    protected Cohort() {
        // for JPA
    }

    public Cohort(Epn epn, String name, String description, CohortSchedule schedule, LocalDateTime createdAt) {
        this.uuid = UUID.randomUUID().toString();
        this.epn = Objects.requireNonNull(epn, "epn");
        this.createdAt = createdAt;
        describe(name, description, schedule);
    }

    public void describe(String name, String description, CohortSchedule schedule) {
        this.name = Objects.requireNonNull(name, "name").strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.schedule = Objects.requireNonNull(schedule, "schedule");
    }

    public void addAnimateur(Person animateur) {
        animateurs.add(animateur);
    }

    public void removeAnimateur(Person animateur) {
        animateurs.remove(animateur);
    }

    /** Enrols a learner once; a second enrolment of the same person changes nothing. */
    public boolean enrol(Person learner, LocalDateTime at) {
        if (isEnrolled(learner)) {
            return false;
        }
        enrolments.add(new Enrolment(learner, at));
        return true;
    }

    public boolean withdraw(Person learner) {
        return enrolments.removeIf(e -> e.getPerson().equals(learner));
    }

    public boolean isEnrolled(Person learner) {
        return enrolments.stream().anyMatch(e -> e.getPerson().equals(learner));
    }

    /** Merging duplicates: the duplicate's place goes to the record kept (once). */
    public void replaceMember(Person duplicate, Person kept) {
        enrolments.stream().filter(e -> e.getPerson().equals(duplicate)).findFirst().ifPresent(e -> {
            enrolments.remove(e);
            if (!isEnrolled(kept)) {
                enrolments.add(new Enrolment(kept, e.getEnrolledAt()));
            }
        });
        if (animateurs.remove(duplicate)) {
            animateurs.add(kept);
        }
    }

    public Long getId() {
        return id;
    }

    public UUID getUuid() {
        return UUID.fromString(uuid);
    }

    public Epn getEpn() {
        return epn;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public CohortSchedule getSchedule() {
        return schedule;
    }

    public Set<Person> getAnimateurs() {
        return Collections.unmodifiableSet(animateurs);
    }

    public List<Enrolment> getEnrolments() {
        return Collections.unmodifiableList(enrolments);
    }
}
