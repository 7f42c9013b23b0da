package be.epn.campus.progress.web;

import be.epn.campus.curriculum.quiz.Shuffle;
import be.epn.campus.curriculum.source.Question;
import be.epn.campus.platform.web.Actions;
import be.epn.campus.progress.service.AnswerOutcome;
import be.epn.campus.progress.service.QuizState;
import be.epn.campus.progress.service.Quizzes;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

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

    private String choice;
    private List<String> choices = new ArrayList<>();
    private String text;
    private Map<String, String> matches = new HashMap<>();
    private Map<String, Integer> positions = new HashMap<>();

    public void load() {
        if (state != null) {
            return;
        }
        moduleKey = Faces.getRequestParameter("m");
        quizKey = Faces.getRequestParameter("a");
        state = Actions.get(() -> quizzes.open(moduleKey, quizKey, token())).orElse(null);
    }

    /** Sends the answer given with the form's fields. */
    public void answer() throws IOException {
        Question question = state.current();
        if (question == null) {
            reload();
            return;
        }
        String response = response(question);
        if (response == null) {
            if (Faces.getContext().getMessageList().isEmpty()) {
                Messages.addGlobalError(word("quiz.answer.missing"));
            }
            return;
        }
        send(question, response);
    }

    /** A click on the hotspot picture: its coordinates in the picture's pixels. */
    public void click() throws IOException {
        Question question = state.current();
        String x = Faces.getRequestParameter("quiz:spot.x");
        String y = Faces.getRequestParameter("quiz:spot.y");
        if (question == null || x == null || y == null) {
            reload();
            return;
        }
        send(question, x + "," + y);
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

    private String response(Question question) {
        if (question instanceof Question.MultipleChoice) {
            return choices == null || choices.isEmpty() ? null : String.join(",", choices);
        }
        if (question instanceof Question.ShortAnswer) {
            return text == null || text.isBlank() ? null : text;
        }
        if (question instanceof Question.Matching m) {
            if (m.pairs().stream().anyMatch(p -> matches.get(p.id()) == null || matches.get(p.id()).isBlank())) {
                return null;
            }
            return m.pairs().stream().map(p -> p.id() + "=" + matches.get(p.id())).collect(Collectors.joining(";"));
        }
        if (question instanceof Question.Ordering o) {
            if (o.items().stream().anyMatch(i -> positions.get(i.id()) == null)) {
                return null;
            }
            if (o.items().stream().map(i -> positions.get(i.id())).distinct().count() != o.items().size()) {
                Messages.addGlobalError(word("quiz.order.each"));
                return null;
            }
            return o.items().stream().sorted(Comparator.comparing(i -> positions.get(i.id())))
                    .map(Question.Item::id).collect(Collectors.joining(","));
        }
        return choice == null || choice.isBlank() ? null : choice;
    }

    private void reload() throws IOException {
        Faces.redirect(Faces.getRequestContextPath() + "/learn/quiz.xhtml?m=" + moduleKey + "&a=" + quizKey);
    }

    private static String token() {
        return ComputerCookie.token(Faces.getRequest());
    }

    private static String word(String key) {
        return Faces.getResourceBundle("lr").getString(key);
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

    public String getType() {
        return getQuestion() == null ? "" : getQuestion().type();
    }

    /** Options, pairs' right sides, items and regions in this attempt's order (the same on every computer). */
    public List<Question.Option> getOptions() {
        Question q = getQuestion();
        List<Question.Option> options = q instanceof Question.SingleChoice s ? s.options()
                : q instanceof Question.MultipleChoice m ? m.options() : List.of();
        return Shuffle.of(options, state.attemptId(), q.id());
    }

    public List<Question.Pair> getPairs() {
        return getQuestion() instanceof Question.Matching m ? m.pairs() : List.of();
    }

    public List<Question.Pair> getRights() {
        return getQuestion() instanceof Question.Matching m ? Shuffle.of(m.pairs(), state.attemptId(), m.id()) : List.of();
    }

    public List<Question.Item> getItems() {
        return getQuestion() instanceof Question.Ordering o ? Shuffle.of(o.items(), state.attemptId(), o.id()) : List.of();
    }

    public List<Integer> getPlaces() {
        List<Integer> places = new ArrayList<>();
        for (int i = 1; i <= getItems().size(); i++) {
            places.add(i);
        }
        return places;
    }

    public Question.Hotspot getHotspot() {
        return getQuestion() instanceof Question.Hotspot h ? h : null;
    }

    public String getImageUrl() {
        Question.Hotspot h = getHotspot();
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

    // Form fields

    public String getChoice() {
        return choice;
    }

    public void setChoice(String choice) {
        this.choice = choice;
    }

    public List<String> getChoices() {
        return choices;
    }

    public void setChoices(List<String> choices) {
        this.choices = choices;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Map<String, String> getMatches() {
        return matches;
    }

    public Map<String, Integer> getPositions() {
        return positions;
    }
}
