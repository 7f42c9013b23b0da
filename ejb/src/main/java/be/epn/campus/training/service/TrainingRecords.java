package be.epn.campus.training.service;

import be.epn.campus.people.model.Person;
import be.epn.campus.people.service.PeopleMerged;
import be.epn.campus.people.service.PersonalDataSection;
import be.epn.campus.training.model.SessionRegistration;
import be.epn.campus.training.model.TrainingSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Continuing education's share of a person's data: the sessions they registered to (with attendance and hours)
 * and, for a trainer, the sessions they ran. Erasure keeps the hours (the EPN's figures) under the erased
 * placeholder. A merge moves registrations to the kept record; where both records were registered to the same
 * session, the kept record's registration stays and the other is removed, keeping any credited attendance.
 */
@ApplicationScoped
public class TrainingRecords implements PersonalDataSection {

    @PersistenceContext(unitName = "campus")
    EntityManager em;

    @Override
    public void export(Person person, JsonObjectBuilder export) {
        JsonArrayBuilder registrations = Json.createArrayBuilder();
        for (SessionRegistration r : of(person)) {
            registrations.add(Json.createObjectBuilder().add("session", r.getSession().getTitle())
                    .add("startsAt", r.getSession().getStartsAt().toString()).add("state", r.getState().name())
                    .add("registeredAt", r.getRegisteredAt().toString())
                    .add("attended", r.getAttended() == null ? "-" : r.getAttended().toString())
                    .add("minutesCredited", r.minutesCredited()));
        }
        export.add("session_registration", registrations);
        JsonArrayBuilder ran = Json.createArrayBuilder();
        em.createQuery("SELECT s FROM TrainingSession s WHERE s.trainer = :p ORDER BY s.startsAt", TrainingSession.class)
                .setParameter("p", person).getResultList().forEach(s -> ran.add(Json.createObjectBuilder()
                        .add("title", s.getTitle()).add("startsAt", s.getStartsAt().toString()).add("capacity", s.getCapacity())));
        export.add("training_session", ran);
    }

    @Override
    public void erase(Person person) {
        // Nothing typed by the person is stored here; the rows stay, anonymous once the person's identity is erased.
    }

    void onMerge(@Observes PeopleMerged merged) {
        Person kept = merged.kept();
        List<SessionRegistration> keptOnes = of(kept);
        for (SessionRegistration r : of(merged.duplicate())) {
            SessionRegistration twin = keptOnes.stream().filter(k -> k.getSession().equals(r.getSession())).findFirst().orElse(null);
            if (twin == null) {
                r.moveTo(kept);
            } else {
                if (r.minutesCredited() > twin.minutesCredited()) {
                    twin.mark(true, r.minutesCredited(), r.getMarkedBy(), java.time.LocalDateTime.now(java.time.Clock.systemUTC()));
                }
                em.remove(r);
            }
            em.flush();
        }
        for (String update : new String[] {"UPDATE TrainingSession x SET x.trainer = :kept WHERE x.trainer = :dup",
                "UPDATE SessionRegistration x SET x.markedBy = :kept WHERE x.markedBy = :dup"}) {
            em.createQuery(update).setParameter("kept", kept).setParameter("dup", merged.duplicate()).executeUpdate();
        }
    }

    private List<SessionRegistration> of(Person person) {
        return em.createNamedQuery("SessionRegistration.ofPerson", SessionRegistration.class).setParameter("person", person)
                .getResultList();
    }
}
