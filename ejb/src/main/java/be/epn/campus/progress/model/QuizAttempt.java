package be.epn.campus.progress.model;

import be.epn.campus.curriculum.model.ModuleActivity;
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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One try at a quiz. The order of its questions is frozen at the start, and each answer is its own row saved
 * when given, so an attempt left open (browser closed, power cut) resumes at its first unanswered question,
 * on any computer.
 */
@Entity
@Table(name = "quiz_attempt")
@NamedQuery(name = "QuizAttempt.open", query = "SELECT a FROM QuizAttempt a WHERE a.person = :person AND a.activity = :activity AND a.openFlag = 1")
@NamedQuery(name = "QuizAttempt.all", query = "SELECT a FROM QuizAttempt a WHERE a.person = :person AND a.activity = :activity ORDER BY a.number")
@NamedQuery(name = "QuizAttempt.ofPerson", query = "SELECT a FROM QuizAttempt a WHERE a.person = :person ORDER BY a.startedAt")
public class QuizAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "activity_id", nullable = false)
    private ModuleActivity activity;

    @Column(name = "attempt_number", nullable = false)
    private int number;

    @Column(name = "module_version", nullable = false)
    private int moduleVersion;

    @Column(name = "question_keys", nullable = false, length = 2000)
    private String questionKeys;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "started_epn_id")
    private Epn startedEpn;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "finished_epn_id")
    private Epn finishedEpn;

    private Integer score;

    private Boolean passed;

    @Column(name = "open_flag")
    private Integer openFlag;

    @OneToMany(mappedBy = "attempt", cascade = CascadeType.PERSIST)
    @OrderBy("answeredAt")
    private List<QuizAnswer> answers = new ArrayList<>();

    protected QuizAttempt() {
        // for JPA
    }

    public QuizAttempt(Person person, ModuleActivity activity, int number, int moduleVersion, List<String> questionKeys,
                       Epn epn, LocalDateTime at) {
        this.person = person;
        this.activity = activity;
        this.number = number;
        this.moduleVersion = moduleVersion;
        this.questionKeys = String.join(",", questionKeys);
        this.startedEpn(epn);
        this.startedAt = at;
        this.openFlag = 1;
    }

    private void startedEpn(Epn epn) {
        this.startedEpn = epn;
    }

    /** The questions of this attempt, in the order they are asked. */
    public List<String> questionKeys() {
        return Arrays.asList(questionKeys.split(","));
    }

    public Optional<QuizAnswer> answerTo(String questionKey) {
        return answers.stream().filter(a -> a.getQuestionKey().equals(questionKey)).findFirst();
    }

    /** The first question not answered yet, in the attempt's order; empty when every one is answered. */
    public Optional<String> nextQuestion() {
        return questionKeys().stream().filter(k -> answerTo(k).isEmpty()).findFirst();
    }

    public void record(QuizAnswer answer) {
        answers.add(answer);
    }

    public void finish(int score, boolean passed, Epn epn, LocalDateTime at) {
        this.score = score;
        this.passed = passed;
        this.finishedEpn = epn;
        this.finishedAt = at;
        this.openFlag = null;
    }

    /**
     * Merge of two records of one learner: the attempt joins the record kept, numbered after its attempts;
     * if the kept record already has an open attempt at this quiz, this one is closed unscored.
     */
    public void moveTo(Person kept, int newNumber, boolean closeIt) {
        this.person = kept;
        this.number = newNumber;
        if (closeIt && openFlag != null) {
            this.openFlag = null;
            this.finishedAt = startedAt;
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

    public ModuleActivity getActivity() {
        return activity;
    }

    public int getNumber() {
        return number;
    }

    public int getModuleVersion() {
        return moduleVersion;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public Epn getStartedEpn() {
        return startedEpn;
    }

    public LocalDateTime getFinishedAt() {
        return finishedAt;
    }

    public Epn getFinishedEpn() {
        return finishedEpn;
    }

    public Integer getScore() {
        return score;
    }

    public Boolean getPassed() {
        return passed;
    }

    public List<QuizAnswer> getAnswers() {
        return answers;
    }
}
