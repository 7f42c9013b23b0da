package be.epn.campus.people.web.cohort;

import be.epn.campus.people.model.PersonStatus;
import be.epn.campus.people.service.Cohorts;
import be.epn.campus.people.service.Cohorts.CohortFile;
import be.epn.campus.people.service.LearnerDesk;
import be.epn.campus.people.service.Views.PersonRow;
import be.epn.campus.platform.web.Actions;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * One group ({@code /desk/cohort.xhtml?id=...}): who runs it and who is in it. The animateur adds learners
 * chosen among those registered at the group's EPN who share their file, adds colleagues of that EPN, and
 * removes learners. Without an id the page creates a group ({@link CohortForm}).
 */
@Named
@ViewScoped
public class CohortPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Cohorts cohorts;

    @EJB
    transient LearnerDesk desk;

    @Inject
    @Param(name = "id")
    String id;

    private UUID cohort;
    private CohortFile file;
    private List<PersonRow> learnerChoices = List.of();
    private List<PersonRow> animateurChoices = List.of();
    private String learnerToAdd;
    private String animateurToAdd;

    public void load() throws IOException {
        if (file != null || id == null || id.isBlank()) {
            return;
        }
        cohort = Actions.recordId(id).orElse(null);
        if (cohort == null) {
            return;
        }
        refresh();
    }

    public void enrol() {
        chosen(learnerToAdd, learnerChoices).ifPresent(learner -> {
            if (Actions.run(() -> cohorts.enrol(cohort, learner.uuid()))) {
                Messages.addGlobalInfo(word("cohort.learners.enrolled"), learner.displayName());
                learnerToAdd = null;
                refresh();
            }
        });
    }

    public void withdraw(PersonRow learner) {
        if (Actions.run(() -> cohorts.withdraw(cohort, learner.uuid()))) {
            Messages.addGlobalInfo(word("cohort.learners.removed"), learner.displayName());
            refresh();
        }
    }

    public void addAnimateur() {
        chosen(animateurToAdd, animateurChoices).ifPresent(animateur -> {
            if (Actions.run(() -> cohorts.addAnimateur(cohort, animateur.uuid()))) {
                Messages.addGlobalInfo(word("cohort.animateurs.added"), animateur.displayName());
                animateurToAdd = null;
                refresh();
            }
        });
    }

    /** The remove button's accessible name: which learner it removes, starting with its visible word. */
    public String removeLabel(PersonRow learner) {
        return MessageFormat.format(word("cohort.learners.removeNamed"), learner.displayName());
    }

    /** How a learner reads in the list: name, year of birth (to tell namesakes apart), username. */
    public String choiceLabel(PersonRow learner) {
        return learner.displayName() + (learner.birthYear() == null ? "" : " (" + learner.birthYear() + ")") + " – "
                + learner.username();
    }

    void refresh() {
        file = Actions.get(() -> cohorts.cohort(cohort)).orElse(null);
        if (file == null) {
            return;
        }
        Set<UUID> enrolled = uuids(file.learners());
        learnerChoices = Actions.get(() -> desk.learnersAt(file.epn())).orElse(List.of()).stream()
                .filter(l -> l.status() == PersonStatus.ACTIVE && !enrolled.contains(l.uuid())).toList();
        Set<UUID> running = uuids(file.animateurs());
        animateurChoices = Actions.get(() -> cohorts.animateursAt(file.epn())).orElse(List.of()).stream()
                .filter(a -> !running.contains(a.uuid())).toList();
    }

    /** What was chosen in a list, only among what the list offered. */
    private static Optional<PersonRow> chosen(String uuid, List<PersonRow> offered) {
        return offered.stream().filter(p -> p.uuid().toString().equals(uuid)).findFirst();
    }

    private static Set<UUID> uuids(List<PersonRow> people) {
        return people.stream().map(PersonRow::uuid).collect(Collectors.toSet());
    }

    private static String word(String key) {
        return Faces.getResourceBundle("co").getString(key);
    }

    public boolean isEditing() {
        return file != null;
    }

    public UUID getCohort() {
        return cohort;
    }

    public CohortFile getFile() {
        return file;
    }

    public List<PersonRow> getLearnerChoices() {
        return learnerChoices;
    }

    public List<PersonRow> getAnimateurChoices() {
        return animateurChoices;
    }

    public String getLearnerToAdd() {
        return learnerToAdd;
    }

    public void setLearnerToAdd(String learnerToAdd) {
        this.learnerToAdd = learnerToAdd;
    }

    public String getAnimateurToAdd() {
        return animateurToAdd;
    }

    public void setAnimateurToAdd(String animateurToAdd) {
        this.animateurToAdd = animateurToAdd;
    }
}
