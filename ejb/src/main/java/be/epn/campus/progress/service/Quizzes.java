package be.epn.campus.progress.service;

import be.epn.campus.access.service.Caller;
import be.epn.campus.access.service.Callers;
import be.epn.campus.curriculum.model.LearningModule;
import be.epn.campus.curriculum.model.ModuleActivity;
import be.epn.campus.curriculum.model.ModuleRepository;
import be.epn.campus.curriculum.quiz.Response;
import be.epn.campus.curriculum.quiz.Scoring;
import be.epn.campus.curriculum.service.ModuleCatalog;
import be.epn.campus.curriculum.source.Activity;
import be.epn.campus.curriculum.source.ModuleDefinition;
import be.epn.campus.curriculum.source.Question;
import be.epn.campus.people.model.Epn;
import be.epn.campus.people.model.Person;
import be.epn.campus.platform.Language;
import be.epn.campus.platform.errors.AccessDeniedException;
import be.epn.campus.platform.errors.RecordNotFoundException;
import be.epn.campus.platform.errors.RefusedException;
import be.epn.campus.progress.model.ActivityState;
import be.epn.campus.progress.model.ProgressRepository;
import be.epn.campus.progress.model.QuizAnswer;
import be.epn.campus.progress.model.QuizAttempt;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The quiz engine as learners use it. Each answer is saved in its own transaction the moment it is given,
 * with the learner's row locked, so that a closed browser loses nothing and two tabs or a double click record
 * one answer (the first). An open attempt resumes at its first unanswered question, on any computer; the
 * attempt finishes by itself when its last question is answered.
 */
@Stateless
public class Quizzes {

    @Inject
    ProgressRepository progress;

    @Inject
    ModuleRepository modules;

    @EJB
    ModuleCatalog catalog;

    @EJB
    Callers callers;

    @EJB
    Places places;

    @EJB
    ProgressBook book;

    @EJB
    LearningRecords records;

    /**
     * The learner's current attempt at a quiz: the open one, else the last finished one (the page then offers
     * another try), else a new first attempt.
     */
    public QuizState open(String moduleKey, String quizKey, String deviceToken) {
        Person learner = learner();
        Quiz quiz = quiz(moduleKey, quizKey);
        progress.lock(learner);
        Optional<QuizAttempt> open = progress.openAttempt(learner, quiz.row());
        if (open.isPresent()) {
            return state(quiz, open.get(), null);
        }
        List<QuizAttempt> all = progress.attempts(learner, quiz.row());
        if (!all.isEmpty()) {
            return state(quiz, all.get(all.size() - 1), null);
        }
        return state(quiz, start(learner, quiz, 1, deviceToken), null);
    }

    /** Another try, once the previous attempt is finished; an open attempt is simply resumed. */
    public QuizState retry(String moduleKey, String quizKey, String deviceToken) {
        Person learner = learner();
        Quiz quiz = quiz(moduleKey, quizKey);
        progress.lock(learner);
        Optional<QuizAttempt> open = progress.openAttempt(learner, quiz.row());
        if (open.isPresent()) {
            return state(quiz, open.get(), null);
        }
        return state(quiz, start(learner, quiz, progress.attempts(learner, quiz.row()).size() + 1, deviceToken), null);
    }

    /**
     * Saves one answer. A question already answered in this attempt keeps its first answer and the outcome of
     * that one is returned, marked repeated.
     * @throws RefusedException {@code learn.refused.answer} for a response that does not fit the question
     */
    public QuizState answer(long attemptId, String questionKey, String rawResponse, String deviceToken) {
        Person learner = learner();
        progress.lock(learner);
        QuizAttempt attempt = progress.attempt(attemptId).orElseThrow(() -> new RecordNotFoundException("attempt " + attemptId));
        if (!attempt.getPerson().equals(learner)) {
            throw new AccessDeniedException(learner.getUuid() + " may not answer attempt " + attemptId);
        }
        Quiz quiz = quiz(attempt.getActivity().getModule().getKey(), attempt.getActivity().getKey());
        Question question = quiz.definition().questions().stream().filter(q -> q.id().equals(questionKey)).findFirst()
                .filter(q -> attempt.questionKeys().contains(q.id()))
                .orElseThrow(() -> new RefusedException("learn.refused.noSuchQuestion"));
        Optional<QuizAnswer> given = attempt.answerTo(questionKey);
        if (given.isPresent() || !attempt.isOpen()) {
            boolean correct = given.map(QuizAnswer::isCorrect).orElse(false);
            return state(quiz, attempt, new AnswerOutcome(questionKey, correct, question.feedback(), true));
        }
        Response response;
        try {
            response = Response.parse(question, rawResponse);
        } catch (IllegalArgumentException e) {
            throw new RefusedException("learn.refused.answer");
        }
        Epn epn = places.epnOf(deviceToken).orElse(null);
        boolean correct = Scoring.isCorrect(question, response, learner.getPreferredLanguage());
        QuizAnswer answer = new QuizAnswer(attempt, questionKey, response.text(), correct, epn, now());
        attempt.record(answer);
        progress.add(answer);
        records.activity(learner, Verb.ANSWERED, attempt.getActivity(),
                new LearningRecords.Result(null, correct, null, questionKey + ":" + response.text()), epn);
        if (attempt.nextQuestion().isEmpty()) {
            finish(learner, quiz, attempt, epn);
        }
        return state(quiz, attempt, new AnswerOutcome(questionKey, correct, question.feedback(), false));
    }

    /** Every attempt of the learner at this quiz, oldest first. */
    public List<AttemptSummary> attempts(String moduleKey, String quizKey) {
        Person learner = learner();
        return progress.attempts(learner, quiz(moduleKey, quizKey).row()).stream()
                .map(a -> new AttemptSummary(a.getNumber(), a.getScore(), a.getPassed(), a.getStartedAt(), a.getFinishedAt(),
                        a.getStartedEpn() == null ? null : a.getStartedEpn().getName(),
                        a.getFinishedEpn() == null ? null : a.getFinishedEpn().getName()))
                .toList();
    }

    /** One attempt as pages show it; score and passed are null while it is open. */
    public record AttemptSummary(int number, Integer score, Boolean passed, LocalDateTime startedAt, LocalDateTime finishedAt,
                                 String startedAtEpn, String finishedAtEpn) {
    }

    private void finish(Person learner, Quiz quiz, QuizAttempt attempt, Epn epn) {
        long right = attempt.getAnswers().stream().filter(QuizAnswer::isCorrect).count();
        int score = Scoring.percent(right, attempt.questionKeys().size());
        boolean passed = score >= quiz.definition().passScore();
        attempt.finish(score, passed, epn, now());
        records.activity(learner, passed ? Verb.PASSED : Verb.FAILED, attempt.getActivity(),
                new LearningRecords.Result(score, passed, true, null), epn);
        book.advance(learner, attempt.getActivity(), passed ? ActivityState.PASSED : ActivityState.FAILED, epn).scored(score);
        if (passed) {
            book.quizPassed(learner, attempt.getActivity(), epn);
        }
    }

    private QuizAttempt start(Person learner, Quiz quiz, int number, String deviceToken) {
        Epn epn = places.epnOf(deviceToken).orElse(null);
        List<String> keys = quiz.definition().questions().stream().map(Question::id).toList();
        QuizAttempt attempt = new QuizAttempt(learner, quiz.row(), number, quiz.module().getVersion(), keys, epn, now());
        progress.add(attempt);
        records.activity(learner, Verb.ATTEMPTED, quiz.row(), null, epn);
        book.advance(learner, quiz.row(), ActivityState.VIEWED, epn);
        return attempt;
    }

    private QuizState state(Quiz quiz, QuizAttempt attempt, AnswerOutcome outcome) {
        List<String> keys = attempt.questionKeys();
        // A question removed by a newer version of the module is skipped rather than blocking the attempt.
        Question current = attempt.nextQuestion().flatMap(k -> quiz.definition().questions().stream()
                .filter(q -> q.id().equals(k)).findFirst()).orElse(null);
        return new QuizState(quiz.module().getKey(), quiz.definition(), attempt.getId(), attempt.getNumber(), keys,
                attempt.getAnswers().size(), attempt.isOpen() ? current : null, !attempt.isOpen(), attempt.getScore(),
                attempt.getPassed(), outcome);
    }

    private Person learner() {
        Caller caller = callers.current();
        return callers.currentPerson().filter(p -> !caller.isAnonymous())
                .orElseThrow(() -> new AccessDeniedException("anonymous"));
    }

    private Quiz quiz(String moduleKey, String quizKey) {
        LearningModule module = modules.find(moduleKey == null ? "" : moduleKey)
                .orElseThrow(() -> new RecordNotFoundException("module " + moduleKey));
        ModuleDefinition definition = catalog.definition(module.getKey()).orElseThrow();
        Activity.Quiz quiz = definition.activities().stream().filter(a -> a.id().equals(quizKey))
                .filter(Activity.Quiz.class::isInstance).map(Activity.Quiz.class::cast).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("quiz " + moduleKey + "/" + quizKey));
        ModuleActivity row = module.activity(quizKey).filter(a -> !a.isRetired()).orElseThrow();
        return new Quiz(module, row, quiz);
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(Clock.systemUTC());
    }

    private record Quiz(LearningModule module, ModuleActivity row, Activity.Quiz definition) {
    }
}
