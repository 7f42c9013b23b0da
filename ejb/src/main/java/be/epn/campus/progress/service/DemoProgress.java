package be.epn.campus.progress.service;

import be.epn.campus.curriculum.model.LearningModule;
import be.epn.campus.curriculum.model.ModuleActivity;
import be.epn.campus.curriculum.model.ModuleRepository;
import be.epn.campus.framework.model.Competence;
import be.epn.campus.people.model.Epn;
import be.epn.campus.people.model.EpnRepository;
import be.epn.campus.people.model.Membership;
import be.epn.campus.people.model.PeopleRepository;
import be.epn.campus.people.model.Person;
import be.epn.campus.people.model.Role;
import be.epn.campus.progress.model.ActivityState;
import be.epn.campus.progress.model.Autonomy;
import be.epn.campus.progress.model.ModuleProgress;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Progress for the demo learners, so that "my path" and the cohort view show something on a first run: most
 * learners finished the first module (at their EPN, some weeks ago), many are half-way in the e-mail one.
 * Recorded through the same bookkeeping as real learning, then dated back. Only with demo data, only once.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class DemoProgress {

    private static final Logger LOG = Logger.getLogger(DemoProgress.class.getName());

    @PersistenceContext(unitName = "campus")
    EntityManager em;

    @Inject
    PeopleRepository people;

    @Inject
    EpnRepository epns;

    @Inject
    ModuleRepository modules;

    @EJB
    ProgressBook book;

    @Inject
    @ConfigProperty(name = "campus.demo-data", defaultValue = "false")
    boolean enabled;

    @PostConstruct
    void load() {
        Optional<Epn> marolles = epns.byName("EPN Les Marolles");
        Optional<LearningModule> first = modules.find("mouse-keyboard-touch");
        Optional<LearningModule> email = modules.find("email-first-steps");
        if (!enabled || marolles.isEmpty() || first.isEmpty() || email.isEmpty()
                || em.createQuery("SELECT COUNT(p) FROM ModuleProgress p", Long.class).getSingleResult() > 0) {
            return;
        }
        Person animateur = people.byUsername("anim.marolles").orElse(null);
        int learners = 0;
        for (Epn epn : epns.all()) {
            List<Membership> memberships = people.membershipsAt(epn, Role.LEARNER);
            for (int i = 0; i < memberships.size(); i++) {
                Person learner = memberships.get(i).getPerson();
                if (em.createQuery("SELECT COUNT(p) FROM ModuleProgress p WHERE p.person = :p", Long.class)
                        .setParameter("p", learner).getSingleResult() > 0 || i % 5 == 4) {
                    continue; // a learner of two EPNs is done once; one in five has not begun
                }
                finish(learner, first.get(), epn, animateur, i);
                if (i % 2 == 0) {
                    begin(learner, email.get(), epn);
                }
                learners++;
            }
        }
        int count = learners;
        LOG.info(() -> "Demo progress recorded for " + count + " learners");
    }

    private void finish(Person learner, LearningModule module, Epn epn, Person animateur, int index) {
        for (ModuleActivity activity : module.currentActivities()) {
            switch (activity.getKind()) {
                case "quiz" -> {
                    book.advance(learner, activity, ActivityState.PASSED, epn).scored(70 + index % 4 * 10);
                    book.quizPassed(learner, activity, epn);
                }
                case "task" -> {
                    Competence competence = module.getTargets().get(0).getCompetence();
                    book.attest(learner, activity, competence, index % 3 == 0 ? Autonomy.WITH_HELP : Autonomy.ALONE, animateur, epn);
                }
                default -> book.advance(learner, activity, ActivityState.DONE, epn);
            }
        }
        // Completions spread over the last twelve weeks, for the cohort view's chart.
        LocalDateTime when = LocalDateTime.now(Clock.systemUTC()).minusWeeks(index % 12).minusDays(index % 5);
        for (ModuleProgress row : em.createQuery("SELECT p FROM ModuleProgress p WHERE p.person = :p AND p.module = :m",
                ModuleProgress.class).setParameter("p", learner).setParameter("m", module).getResultList()) {
            em.createQuery("UPDATE ModuleProgress p SET p.completedAt = :at, p.lastActivityAt = :at, p.startedAt = :at WHERE p = :row")
                    .setParameter("at", when).setParameter("row", row).executeUpdate();
        }
    }

    private void begin(Person learner, LearningModule module, Epn epn) {
        module.currentActivities().stream().filter(a -> a.getKind().equals("lesson")).findFirst()
                .ifPresent(lesson -> book.advance(learner, lesson, ActivityState.DONE, epn));
    }
}
