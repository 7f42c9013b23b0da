package be.epn.campus.curriculum.web;

import be.epn.campus.curriculum.quiz.Shuffle;
import be.epn.campus.curriculum.source.Question;
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
 * The fields of one question on screen and the response they make, in the quiz engine's format
 * ({@link be.epn.campus.curriculum.quiz.Response}). Shared by the quiz and the placement pages, which render it
 * with {@code WEB-INF/learn/question.xhtml}: choices, pairs and items are shown in an order that depends only
 * on {@code shuffleSeed} and the question, so a learner who resumes elsewhere sees the same screen.
 */
public class QuestionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Question question;
    private final long shuffleSeed;

    private String choice;
    private List<String> choices = new ArrayList<>();
    private String text;
    private final Map<String, String> matches = new HashMap<>();
    private final Map<String, Integer> positions = new HashMap<>();

    public QuestionForm(Question question, long shuffleSeed) {
        this.question = question;
        this.shuffleSeed = shuffleSeed;
    }

    /**
     * The response given with the fields, or null with a message in plain words (nothing chosen, or a number
     * used twice in an ordering): nothing is sent then.
     */
    public String response() {
        String response = given();
        if (response == null && Faces.getContext().getMessageList().isEmpty()) {
            Messages.addGlobalError(word("quiz.answer.missing"));
        }
        return response;
    }

    private String given() {
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

    private static String word(String key) {
        return Faces.getResourceBundle("lr").getString(key);
    }

    /**
     * A click on the hotspot picture (the image button {@code spot} of the form {@code formId}): "x,y" in the
     * picture's pixels, or null when the request carries no click.
     */
    public static String click(String formId) {
        String x = Faces.getRequestParameter(formId + ":spot.x");
        String y = Faces.getRequestParameter(formId + ":spot.y");
        return x == null || y == null ? null : x + "," + y;
    }

    // What the page shows

    public Question getQuestion() {
        return question;
    }

    public String getType() {
        return question == null ? "" : question.type();
    }

    public List<Question.Option> getOptions() {
        List<Question.Option> options = question instanceof Question.SingleChoice s ? s.options()
                : question instanceof Question.MultipleChoice m ? m.options() : List.of();
        return Shuffle.of(options, shuffleSeed, question.id());
    }

    public List<Question.Pair> getPairs() {
        return question instanceof Question.Matching m ? m.pairs() : List.of();
    }

    public List<Question.Pair> getRights() {
        return question instanceof Question.Matching m ? Shuffle.of(m.pairs(), shuffleSeed, m.id()) : List.of();
    }

    public List<Question.Item> getItems() {
        return question instanceof Question.Ordering o ? Shuffle.of(o.items(), shuffleSeed, o.id()) : List.of();
    }

    public List<Integer> getPlaces() {
        List<Integer> places = new ArrayList<>();
        for (int i = 1; i <= getItems().size(); i++) {
            places.add(i);
        }
        return places;
    }

    public Question.Hotspot getHotspot() {
        return question instanceof Question.Hotspot h ? h : null;
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
