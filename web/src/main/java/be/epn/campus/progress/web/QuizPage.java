package be.epn.campus.progress.web;

import be.epn.campus.curriculum.source.Question;
import be.epn.campus.curriculum.web.QuestionForm;
import be.epn.campus.platform.web.Actions;
import be.epn.campus.progress.service.AnswerOutcome;
import be.epn.campus.progress.service.QuizState;
import be.epn.campus.progress.service.Quizzes;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * A quiz, one question per screen ({@code /learn/quiz.xhtml?m=...&a=...}). Each answer is sent and saved on
 * its own, then the page reloads at the next question with plain-language feedback on the last one; closing
 * the browser at any point loses nothing. A hotspot is answered by clicking the picture itself, or by choosing
 * the place by name for keyboard and screen-reader users.
 */
@Named
@ViewScoped
public class QuizPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FEEDBACK = "quizFeedback";

    @EJB
    transient Quizzes quizzes;

    private String moduleKey;
    private String quizKey;
    private QuizState state;
    private QuestionForm form;

    public void load() {
        if (state != null) {
            return;
        }
        moduleKey = Faces.getRequestParameter("m");
        quizKey = Faces.getRequestParameter("a");
        state = Actions.get(() -> quizzes.open(moduleKey, quizKey, token())).orElse(null);
        if (state != null && state.current() != null) {
            form = new QuestionForm(state.current(), state.attemptId());
        }
    }

    /** Sends the answer given with the form's fields. */
    public void answer() throws IOException {
        Question question = state.current();
        if (question == null) {
            reload();
            return;
        }
        String response = form.response();
        if (response != null) {
            send(question, response);
        }
    }

    /** A click on the hotspot picture: its coordinates in the picture's pixels. */
    public void click() throws IOException {
        Question question = state.current();
        String click = QuestionForm.click("quiz");
        if (question == null || click == null) {
            reload();
            return;
        }
        send(question, click);
    }

    public void retry() throws IOException {
        if (Actions.get(() -> quizzes.retry(moduleKey, quizKey, token())).isPresent()) {
            reload();
        }
    }

    private void send(Question question, String response) throws IOException {
        var after = Actions.get(() -> quizzes.answer(state.attemptId(), question.id(), response, token()));
        if (after.isPresent()) {
            AnswerOutcome outcome = after.get().lastFeedback();
            Faces.getFlash().put(FEEDBACK, outcome);
            reload();
        }
    }

    private void reload() throws IOException {
        Faces.redirect(Faces.getRequestContextPath() + "/learn/quiz.xhtml?m=" + moduleKey + "&a=" + quizKey);
    }

    private static String token() {
        return ComputerCookie.token(Faces.getRequest());
    }

    // What the page shows

    public QuizState getState() {
        return state;
    }

    public Question getQuestion() {
        return state == null ? null : state.current();
    }

    public AnswerOutcome getFeedback() {
        return (AnswerOutcome) Faces.getFlash().get(FEEDBACK);
    }

    public QuestionForm getForm() {
        return form;
    }

    public String getImageUrl() {
        Question.Hotspot h = form == null ? null : form.getHotspot();
        return h == null ? null : Faces.getRequestContextPath() + "/api/modules/" + moduleKey + "/file?path=" + h.image();
    }

    /** Every attempt at this quiz, oldest first: number, score, passed, where it was finished. */
    public List<AttemptLine> getAttempts() {
        return Actions.get(() -> quizzes.attempts(moduleKey, quizKey)).orElse(List.of()).stream()
                .filter(a -> a.finishedAt() != null)
                .map(a -> new AttemptLine(a.number(), a.score(), Boolean.TRUE.equals(a.passed()),
                        a.finishedAt().toLocalDate().toString(), a.finishedAtEpn()))
                .toList();
    }

    public record AttemptLine(int number, Integer score, boolean passed, String date, String epn) implements Serializable {
    }

    public int getPercentDone() {
        return state == null || state.total() == 0 ? 0 : state.answered() * 100 / state.total();
    }

    public String getModuleKey() {
        return moduleKey;
    }
}
