package be.epn.campus.training.model;

import be.epn.campus.people.model.Epn;
import be.epn.campus.people.model.Person;
import be.epn.campus.platform.Language;
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
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * One in-person continuing-education session: when, where (an EPN of the network, or an address in words), how
 * many seats, which trainer, and the module it belongs to, if any. Written by the trainer in one language.
 */
@Entity
@Table(name = "training_session")
@NamedQuery(name = "TrainingSession.byUuid", query = "SELECT s FROM TrainingSession s WHERE s.uuid = :uuid")
@NamedQuery(name = "TrainingSession.from", query = "SELECT s FROM TrainingSession s WHERE s.endsAt >= :from ORDER BY s.startsAt, s.id")
public class TrainingSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 36)
    private String uuid;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 2000)
    private String description;

    @Column(nullable = false, length = 2)
    private Language language;

    @Column(name = "module_key", length = 64)
    private String moduleKey;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Column(nullable = false)
    private int minutes;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "epn_id")
    private Epn epn;

    @Column(length = 300)
    private String place;

    @Column(nullable = false)
    private int capacity;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "trainer_id", nullable = false)
    private Person trainer;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "cancelled_at")
    private LocalDateTime cancelledAt;

    @Column(name = "attendance_at")
    private LocalDateTime attendanceAt;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected TrainingSession() {
        // for JPA
    }

    public TrainingSession(SessionPlan plan, Epn epn, Person trainer, LocalDateTime createdAt) {
        this.uuid = UUID.randomUUID().toString();
        this.language = plan.language();
        apply(plan, epn);
        this.trainer = trainer;
        this.createdAt = createdAt;
    }

    /**
     * The plan changed before the session started (another day, room or number of seats). The language it was
     * written in stays; the caller settles the registrations a new capacity affects.
     */
    public void replan(SessionPlan plan, Epn where) {
        apply(plan, where);
    }

    private void apply(SessionPlan plan, Epn where) {
        this.title = plan.title();
        this.description = plan.description();
        this.moduleKey = plan.moduleKey();
        this.startsAt = plan.startsAt();
        this.endsAt = plan.endsAt();
        this.minutes = plan.minutes();
        this.epn = where;
        this.place = plan.place();
        this.capacity = plan.capacity();
    }

    public void cancel(LocalDateTime at) {
        if (cancelledAt == null) {
            cancelledAt = at;
        }
    }

    /** Attendance was taken (it may be corrected after). */
    public void attendanceTaken(LocalDateTime at) {
        attendanceAt = at;
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    public Long getId() {
        return id;
    }

    public UUID getUuid() {
        return UUID.fromString(uuid);
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Language getLanguage() {
        return language;
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public int getMinutes() {
        return minutes;
    }

    public Epn getEpn() {
        return epn;
    }

    public String getPlace() {
        return place;
    }

    public int getCapacity() {
        return capacity;
    }

    public Person getTrainer() {
        return trainer;
    }

    public LocalDateTime getCancelledAt() {
        return cancelledAt;
    }

    public LocalDateTime getAttendanceAt() {
        return attendanceAt;
    }
}
