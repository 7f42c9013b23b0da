package be.epn.campus.placement.web;

import be.epn.campus.curriculum.web.QuestionForm;
import be.epn.campus.placement.model.PlacementSession.StartAnswers;
import be.epn.campus.placement.service.PlacementState;
import be.epn.campus.placement.service.Placements;
import be.epn.campus.platform.web.Actions;
import be.epn.campus.progress.web.ComputerCookie;
import jakarta.ejb.EJB;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.omnifaces.util.Faces;

/**
 * Taking the placement, whoever holds the mouse: the gentle start (three yes/no questions, one per screen),
 * then one item per screen. Every answer goes to the service, which saves it before the next item is chosen;
 * the page then reloads from the saved state (post, redirect, get), so a closed browser, a second tab or a
 * double click never loses nor doubles an answer. No right/wrong feedback: only "your answer is saved".
 * Subclasses say whose placement it is: the signed-in learner's, or a learner's beside an animateur.
 */
public abstract class PlacementRun implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String SAVED = "placementSaved";
    static final String REPEATED = "placementRepeated";
    /** The id of the item form in the pages: the hotspot picture's click arrives as {@code item:spot.x}. */
    private static final String FORM = "item";
    private static final String[] STEPS = {"computer", "smartphone", "email"};

    @EJB
    transient Placements placements;

    private boolean loaded;
    private PlacementState state;
    private QuestionForm form;
    private boolean again;
    private int step;
    private Boolean usedComputer;
    private Boolean usedSmartphone;

    /** The placement running or last finished, empty when there is none (nor any right to see it). */
    protected abstract Optional<PlacementState> latest();

    protected abstract PlacementState start(StartAnswers answers, String deviceToken);

    /** The page's own address, opened again after each answer. */
    protected abstract String address();

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        state = Actions.get(this::latest).flatMap(s -> s).orElse(null);
        if (state != null && state.current() != null) {
            form = new QuestionForm(state.current().question(), state.id());
        }
    }

    // The gentle start: have you used a computer? a smartphone? e-mail?

    public void yes() throws IOException {
        startAnswer(true);
    }

    public void no() throws IOException {
        startAnswer(false);
    }

    private void startAnswer(boolean answer) throws IOException {
        if (step == 0) {
            usedComputer = answer;
            step = 1;
        } else if (step == 1) {
            usedSmartphone = answer;
            StartAnswers neither = new StartAnswers(usedComputer, usedSmartphone, null);
            if (neither.trueBeginner()) {
                // Nobody asks about e-mail someone who has never held a computer nor a smartphone.
                begin(neither);
            } else {
                step = 2;
            }
        } else {
            begin(new StartAnswers(usedComputer, usedSmartphone, answer));
        }
    }

    private void begin(StartAnswers answers) throws IOException {
        if (Actions.get(() -> start(answers, token())).isPresent()) {
            reload();
        }
    }

    /** Shows the gentle start again, for a new placement after a finished one. */
    public void again() {
        again = true;
        step = 0;
    }

    // The items

    public void answer() throws IOException {
        if (form == null) {
            reload();
            return;
        }
        String response = form.response();
        if (response != null) {
            send(response);
        }
    }

    /** A click on the hotspot picture. */
    public void click() throws IOException {
        String click = QuestionForm.click(FORM);
        if (form == null || click == null) {
            reload();
            return;
        }
        send(click);
    }

    private void send(String response) throws IOException {
        String itemKey = state.current().key();
        var after = Actions.get(() -> placements.answer(state.id(), itemKey, response, token()));
        if (after.isPresent()) {
            Faces.getFlash().put(after.get().repeated() ? REPEATED : SAVED, Boolean.TRUE);
            reload();
        }
    }

    private void reload() throws IOException {
        Faces.redirect(Faces.getRequestContextPath() + address());
    }

    private static String token() {
        return ComputerCookie.token(Faces.getRequest());
    }

    // What the page shows

    public PlacementState getState() {
        return state;
    }

    /** Whether the gentle start is on screen: no placement yet, or a new one asked for. */
    public boolean isStarting() {
        return state == null || (state.finished() && again);
    }

    public boolean isRunning() {
        return !isStarting() && state.current() != null;
    }

    public boolean isFinished() {
        return !isStarting() && state.finished();
    }

    /** 0: the computer question, 1: the smartphone, 2: e-mail. */
    public int getStep() {
        return step;
    }

    /** The subject of the gentle-start question on screen, for its words and picture. */
    public String getStepName() {
        return STEPS[Math.min(step, STEPS.length - 1)];
    }

    public QuestionForm getForm() {
        return form;
    }

    public String getImageUrl() {
        var hotspot = form == null ? null : form.getHotspot();
        return hotspot == null ? null : Faces.getRequestContextPath() + "/learn/placement-picture?path="
                + URLEncoder.encode(hotspot.image(), StandardCharsets.UTF_8);
    }

    public boolean isSaved() {
        return Boolean.TRUE.equals(Faces.getFlash().get(SAVED));
    }

    public boolean isRepeated() {
        return Boolean.TRUE.equals(Faces.getFlash().get(REPEATED));
    }
}
