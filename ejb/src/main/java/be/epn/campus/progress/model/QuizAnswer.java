package be.epn.campus.progress.model;

import be.epn.campus.people.model.Epn;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One answer, saved the moment it was given; never changed afterwards (the first answer counts). */
@Entity
@Table(name = "quiz_answer")
public class QuizAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "attempt_id", nullable = false)
    private QuizAttempt attempt;

    @Column(name = "question_key", nullable = false, length = 64)
    private String questionKey;

    @Column(nullable = false, length = 2000)
    private String response;

    @Column(nullable = false)
    private boolean correct;

    @Column(name = "answered_at", nullable = false)
    private LocalDateTime answeredAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "epn_id")
    private Epn epn;

    protected QuizAnswer() {
        // for JPA
    }

    public QuizAnswer(QuizAttempt attempt, String questionKey, String response, boolean correct, Epn epn, LocalDateTime at) {
        this.attempt = attempt;
        this.questionKey = questionKey;
        this.response = response;
        this.correct = correct;
        this.epn = epn;
        this.answeredAt = at;
    }

    /** Erasure: what the learner typed may hold their name; whether it was right stays for the counts. */
    public void forgetResponse() {
        this.response = "-";
    }

    public String getQuestionKey() {
        return questionKey;
    }

    public String getResponse() {
        return response;
    }

    public boolean isCorrect() {
        return correct;
    }

    public LocalDateTime getAnsweredAt() {
        return answeredAt;
    }

    public Epn getEpn() {
        return epn;
    }
}
