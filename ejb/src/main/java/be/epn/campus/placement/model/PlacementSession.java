package be.epn.campus.placement.model;

import be.epn.campus.people.model.Epn;
import be.epn.campus.people.model.Person;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One learner's placement: its seed and its answers are all the engine needs to rebuild it, so a placement
 * interrupted at one EPN resumes, with the same next item, at another. Time counts only while the learner
 * works: a pause longer than {@link #PAUSE} between two answers adds just that much (see {@link #touch}).
 */
@Entity
@Table(name = "placement")
@NamedQuery(name = "PlacementSession.open", query = "SELECT p FROM PlacementSession p WHERE p.person = :person AND p.openFlag = 1")
@NamedQuery(name = "PlacementSession.ofPerson", query = "SELECT p FROM PlacementSession p WHERE p.person = :person ORDER BY p.startedAt DESC, p.id DESC")
@NamedQuery(name = "PlacementSession.finished", query = "SELECT p FROM PlacementSession p WHERE p.openFlag IS NULL AND p.frameworkKey = :framework")
public class PlacementSession {

    /** The most time that one answer can add to the elapsed time: beyond it, the learner was away. */
    public static final Duration PAUSE = Duration.ofMinutes(5);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Column(name = "framework_key", nullable = false, length = 64)
    private String frameworkKey;

    @Column(nullable = false)
    private long seed;

    @Column(name = "used_computer")
    private Boolean usedComputer;

    @Column(name = "used_smartphone")
    private Boolean usedSmartphone;

    @Column(name = "used_email")
    private Boolean usedEmail;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "started_epn_id")
    private Epn startedEpn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "started_by")
    private Person startedBy;

    @Column(name = "last_activity_at", nullable = false)
    private LocalDateTime lastActivityAt;

    @Column(name = "elapsed_seconds", nullable = false)
    private int elapsedSeconds;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "finished_epn_id")
    private Epn finishedEpn;

    @Column(name = "stop_reason", length = 24)
    private String stopReason;

    @Column(name = "open_flag")
    private Integer openFlag;

    @OneToMany(mappedBy = "placement", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<PlacementAnswer> answers = new ArrayList<>();

    @OneToMany(mappedBy = "placement", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<PlacementLevel> levels = new ArrayList<>();

    protected PlacementSession() {
        // for JPA
    }

    /**
     * @param startedBy the animateur who opened it beside the learner, or null when the learner did
     */
    public PlacementSession(Person person, String frameworkKey, long seed, StartAnswers start, Epn epn, Person startedBy,
                            LocalDateTime at) {
        this.person = person;
        this.frameworkKey = frameworkKey;
        this.seed = seed;
        this.usedComputer = start.usedComputer();
        this.usedSmartphone = start.usedSmartphone();
        this.usedEmail = start.usedEmail();
        this.startedEpn = epn;
        this.startedBy = startedBy;
        this.startedAt = at;
        this.lastActivityAt = at;
        this.openFlag = 1;
    }

    /** The answers of the gentle start: has the person used a computer, a smartphone, e-mail (null: not said). */
    public record StartAnswers(Boolean usedComputer, Boolean usedSmartphone, Boolean usedEmail) {

        /** Never a computer nor a smartphone: the test would only fail them; the starter path comes first. */
        public boolean trueBeginner() {
            return Boolean.FALSE.equals(usedComputer) && Boolean.FALSE.equals(usedSmartphone);
        }
    }

    /**
     * Counts the time since the last answer (or the start) into the elapsed time, at most {@link #PAUSE}, and
     * returns the elapsed time now.
     */
    public Duration touch(LocalDateTime now) {
        long seconds = Math.max(0, Duration.between(lastActivityAt, now).getSeconds());
        elapsedSeconds += (int) Math.min(seconds, PAUSE.getSeconds());
        lastActivityAt = now;
        return elapsed();
    }

    /** The elapsed time as it would be if the learner answered now (nothing changed). */
    public Duration elapsedAt(LocalDateTime now) {
        long seconds = Math.max(0, Duration.between(lastActivityAt, now).getSeconds());
        return Duration.ofSeconds(elapsedSeconds + Math.min(seconds, PAUSE.getSeconds()));
    }

    public Optional<PlacementAnswer> answerTo(String itemKey) {
        return answers.stream().filter(a -> a.getItemKey().equals(itemKey)).findFirst();
    }

    public void record(PlacementAnswer answer) {
        answers.add(answer);
    }

    public void record(PlacementLevel level) {
        levels.add(level);
    }

    public void finish(String reason, Epn epn, LocalDateTime at) {
        this.stopReason = reason;
        this.finishedEpn = epn;
        this.finishedAt = at;
        this.openFlag = null;
    }

    /** Merge of two records of one learner: the placement joins the kept record; closed if that has one running. */
    public void moveTo(Person kept, boolean closeIt) {
        this.person = kept;
        if (closeIt && openFlag != null) {
            finish("MERGED", null, lastActivityAt);
        }
    }

    public boolean isOpen() {
        return openFlag != null;
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public String getFrameworkKey() {
        return frameworkKey;
    }

    public long getSeed() {
        return seed;
    }

    public StartAnswers startAnswers() {
        return new StartAnswers(usedComputer, usedSmartphone, usedEmail);
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public Epn getStartedEpn() {
        return startedEpn;
    }

    public Person getStartedBy() {
        return startedBy;
    }

    public Duration elapsed() {
        return Duration.ofSeconds(elapsedSeconds);
    }

    public LocalDateTime getFinishedAt() {
        return finishedAt;
    }

    public Epn getFinishedEpn() {
        return finishedEpn;
    }

    public String getStopReason() {
        return stopReason;
    }

    public List<PlacementAnswer> getAnswers() {
        return answers;
    }

    public List<PlacementLevel> getLevels() {
        return levels;
    }
}
