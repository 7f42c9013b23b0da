package be.epn.campus.training.web;

import be.epn.campus.framework.model.Competence;
import be.epn.campus.framework.model.Framework;
import be.epn.campus.framework.service.FrameworkCatalog;
import be.epn.campus.platform.web.Actions;
import be.epn.campus.progress.model.Autonomy;
import be.epn.campus.training.model.RegistrationState;
import be.epn.campus.training.service.AnimateurRecord;
import be.epn.campus.training.service.ContinuingEducation;
import be.epn.campus.training.service.TrainingTrack;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.omnifaces.util.Faces;

/**
 * {@code /training/record.xhtml}: "my continuing education" for an animateur, or, with {@code ?animateur=},
 * an animateur's record as a trainer who follows them (or a coordinator) sees it, with the form to record an
 * observation of their practice. The service decides who sees which record; the form needs the animateurs'
 * framework, which may not be loaded yet: then it is shown disabled, with a message.
 */
@Named
@ViewScoped
public class TrainingRecordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient ContinuingEducation education;

    @EJB
    transient FrameworkCatalog catalog;

    @Inject
    transient TrainingTrack track;

    private boolean loaded;
    private boolean allowed;
    private UUID animateur;
    private transient AnimateurRecord record;
    private transient Framework framework;
    /** Transient with the framework: a view restored from elsewhere reads it again (it may have been loaded since). */
    private transient boolean frameworkRead;

    private String competence;
    private Integer level;
    private String autonomy;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        String asked = Faces.getRequestParameter("animateur");
        if (asked != null && !asked.isBlank()) {
            animateur = Actions.recordId(asked).orElse(null);
            if (animateur == null) {
                return;
            }
        }
        allowed = read();
    }

    private boolean read() {
        int year = LocalDateTime.now(Clock.systemUTC()).getYear();
        return Actions.run(() -> record = animateur == null ? education.mine() : education.of(animateur, year));
    }

    public void observe() throws IOException {
        Autonomy seen = autonomy == null || autonomy.isBlank() ? null : Autonomy.valueOf(autonomy);
        int at = level == null ? 0 : level;
        if (Actions.get(() -> education.observe(animateur, competence, at, seen)).isPresent()) {
            TrainingFlash.done("observed");
            Faces.redirect(Faces.getRequestContextPath() + "/training/record.xhtml?animateur=" + animateur);
        }
    }

    public boolean isAllowed() {
        return allowed;
    }

    public AnimateurRecord getRecord() {
        if (record == null && allowed) {
            read();
        }
        return record;
    }

    /** A record opened by its id (a trainer's or coordinator's view): the page offers the observation form to them. */
    public boolean isAsked() {
        return animateur != null;
    }

    /** The animateurs' framework, when it is loaded. */
    public Framework getFramework() {
        if (!frameworkRead) {
            framework = catalog.framework(track.framework()).orElse(null);
            frameworkRead = true;
        }
        return framework;
    }

    public List<Competence> getCompetences() {
        return getFramework() == null ? List.of() : getFramework().getCompetences();
    }

    public List<Integer> getLevels() {
        return getFramework() == null ? List.of() : IntStream.rangeClosed(1, getFramework().getLevels().size()).boxed().toList();
    }

    /** The share of the yearly minimum done, in percent, for the bar (full once reached). */
    public int getDone() {
        AnimateurRecord r = getRecord();
        return r == null || r.minimumMinutes() == 0 ? 100 : Math.min(100, r.minutesThisYear() * 100 / r.minimumMinutes());
    }

    public String getToGo() {
        AnimateurRecord r = getRecord();
        return r == null ? "" : TrainingTimes.hours(Math.max(0, r.minimumMinutes() - r.minutesThisYear()));
    }

    public String hours(int minutes) {
        return TrainingTimes.hours(minutes);
    }

    public String when(LocalDateTime utc) {
        return TrainingTimes.when(utc);
    }

    /** Where the animateur stands for a session, as the last word of a {@code record.state.*} text. */
    public String state(AnimateurRecord.Session s) {
        if (s.state() == RegistrationState.CANCELLED) {
            return "withdrawn";
        }
        if (s.attended() != null) {
            return s.attended() ? "attended" : "absent";
        }
        if (s.state() == RegistrationState.WAITING) {
            return "waiting";
        }
        return s.startsAt().isBefore(LocalDateTime.now(Clock.systemUTC())) ? "notTaken" : "upcoming";
    }

    public String epns(List<String> names) {
        return String.join(", ", names);
    }

    public String getCompetence() {
        return competence;
    }

    public void setCompetence(String competence) {
        this.competence = competence;
    }

    public Integer getLevel() {
        return level;
    }

    public void setLevel(Integer level) {
        this.level = level;
    }

    public String getAutonomy() {
        return autonomy;
    }

    public void setAutonomy(String autonomy) {
        this.autonomy = autonomy;
    }
}
