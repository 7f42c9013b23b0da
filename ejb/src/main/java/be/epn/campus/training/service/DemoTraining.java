package be.epn.campus.training.service;

import be.epn.campus.people.model.EpnRepository;
import be.epn.campus.people.model.PeopleRepository;
import be.epn.campus.people.model.Person;
import be.epn.campus.platform.Language;
import be.epn.campus.training.model.RegistrationState;
import be.epn.campus.training.model.SessionPlan;
import be.epn.campus.training.model.SessionRegistration;
import be.epn.campus.training.model.TrainingSession;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Continuing education for the demo staff, so that the trainer's and the animateurs' pages show something on a
 * first run: a session three weeks ago with attendance taken (hours credited), and one in ten days, full, with
 * someone on the waiting list. Only with demo data, only once.
 */
@Singleton
@Startup
@DependsOn("DemoPlacements")
public class DemoTraining {

    private static final Logger LOG = Logger.getLogger(DemoTraining.class.getName());

    @PersistenceContext(unitName = "campus")
    EntityManager em;

    @Inject
    PeopleRepository people;

    @Inject
    EpnRepository epns;

    @Inject
    @ConfigProperty(name = "campus.demo-data", defaultValue = "false")
    boolean enabled;

    @PostConstruct
    void load() {
        Optional<Person> trainer = people.byUsername("formation");
        if (!enabled || trainer.isEmpty() || em.createQuery("SELECT COUNT(s) FROM TrainingSession s", Long.class).getSingleResult() > 0) {
            return;
        }
        LocalDateTime now = TrainingSessions.now().withSecond(0).withNano(0);
        LocalDateTime past = now.minusWeeks(3).withHour(9).withMinute(30);
        TrainingSession welcome = session(new SessionPlan("Accueillir et comprendre la demande d'une personne",
                "Écouter, poser les bonnes questions, repérer ce que la personne sait déjà faire.", Language.FR, null, past,
                past.plusHours(3), 180, epns.byName("EPN Les Marolles").map(e -> e.getUuid()).orElse(null), "EPN Les Marolles", 12),
                trainer.get(), past.minusWeeks(2));
        register(welcome, "anim.marolles", RegistrationState.REGISTERED, past.minusDays(10), Boolean.TRUE, trainer.get());
        register(welcome, "anim.sesame", RegistrationState.REGISTERED, past.minusDays(9), Boolean.TRUE, trainer.get());
        register(welcome, "anim.clemenceau", RegistrationState.REGISTERED, past.minusDays(8), Boolean.FALSE, trainer.get());
        welcome.attendanceTaken(past.plusHours(3));
        LocalDateTime next = now.plusDays(10).withHour(13).withMinute(30);
        TrainingSession lowLiteracy = session(new SessionPlan("Accompagner une personne qui lit peu",
                "Pictogrammes, consignes orales, rythme : des outils pour l'alphabétisation numérique.", Language.FR, null, next,
                next.plusHours(3), 180, null, "Maison de la formation, rue Royale 1, 1000 Bruxelles", 2), trainer.get(), now.minusDays(5));
        register(lowLiteracy, "anim.deux", RegistrationState.REGISTERED, now.minusDays(4), null, null);
        register(lowLiteracy, "anim.sesame", RegistrationState.REGISTERED, now.minusDays(3), null, null);
        register(lowLiteracy, "anim.marolles", RegistrationState.WAITING, now.minusDays(2), null, null);
        LOG.info("Demo continuing education: 2 sessions");
    }

    private TrainingSession session(SessionPlan plan, Person trainer, LocalDateTime created) {
        TrainingSession session = new TrainingSession(plan, plan.epn() == null ? null : epns.find(plan.epn()).orElse(null), trainer, created);
        em.persist(session);
        return session;
    }

    private void register(TrainingSession session, String username, RegistrationState state, LocalDateTime at, Boolean attended,
                          Person trainer) {
        people.byUsername(username).ifPresent(person -> {
            SessionRegistration registration = new SessionRegistration(session, person, state, at);
            if (attended != null) {
                registration.mark(attended, session.getMinutes(), trainer, session.getEndsAt());
            }
            em.persist(registration);
        });
    }
}
