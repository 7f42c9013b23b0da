package be.epn.campus.placement.service;

import be.epn.campus.people.model.Person;
import be.epn.campus.people.service.PersonalDataSection;
import be.epn.campus.placement.model.CalibratedItem;
import be.epn.campus.placement.model.LearningPlan;
import be.epn.campus.placement.model.PlacementAnswer;
import be.epn.campus.placement.model.PlacementSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The placement feature's share of a person's data: their placements with every answer and level, and their
 * learning plan. Erasure blanks what they typed; whether an answer was right stays, for item calibration.
 */
@ApplicationScoped
public class PlacementPersonalData implements PersonalDataSection {

    @PersistenceContext(unitName = "campus")
    EntityManager em;

    @Override
    public void export(Person person, JsonObjectBuilder export) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (PlacementSession p : em.createQuery("SELECT p FROM PlacementSession p WHERE p.person = :p ORDER BY p.startedAt",
                PlacementSession.class).setParameter("p", person).getResultList()) {
            JsonArrayBuilder answers = Json.createArrayBuilder();
            p.getAnswers().forEach(a -> answers.add(Json.createObjectBuilder().add("item", a.getItemKey())
                    .add("response", a.getResponse()).add("correct", a.isCorrect()).add("at", a.getAnsweredAt().toString())
                    .add("withHelp", a.withHelp()).add("epn", a.getEpn() == null ? "-" : a.getEpn().getName())));
            JsonArrayBuilder levels = Json.createArrayBuilder();
            p.getLevels().forEach(l -> levels.add(Json.createObjectBuilder().add("scope", l.getScope().name())
                    .add("code", l.getCode()).add("level", l.getLevel()).add("uncertainty", l.getUncertainty())));
            list.add(Json.createObjectBuilder().add("startedAt", p.getStartedAt().toString())
                    .add("finishedAt", p.getFinishedAt() == null ? "-" : p.getFinishedAt().toString())
                    .add("stop", p.getStopReason() == null ? "-" : p.getStopReason())
                    .add("answers", answers).add("levels", levels));
        }
        export.add("placement", list);
        JsonArrayBuilder plan = Json.createArrayBuilder();
        em.createQuery("SELECT p FROM LearningPlan p WHERE p.person = :p", LearningPlan.class).setParameter("p", person)
                .getResultList().forEach(p -> p.getSteps().forEach(s -> plan.add(Json.createObjectBuilder()
                        .add("position", s.getPosition()).add("module", s.getModule().getKey()).add("reason", s.getReason().name()))));
        export.add("learning_plan", plan);
        // As a helper (an animateur beside a learner) and as the coordinator who calibrated items: what they did,
        // without naming the learners they helped (that is the learners' data).
        JsonArrayBuilder helped = Json.createArrayBuilder();
        em.createQuery("SELECT a FROM PlacementAnswer a WHERE a.helpedBy = :p ORDER BY a.answeredAt", PlacementAnswer.class)
                .setParameter("p", person).getResultList().forEach(a -> helped.add(Json.createObjectBuilder()
                        .add("role", "helped").add("item", a.getItemKey()).add("at", a.getAnsweredAt().toString())));
        export.add("placement_answer", helped);
        JsonArrayBuilder calibrated = Json.createArrayBuilder();
        em.createQuery("SELECT c FROM CalibratedItem c WHERE c.calibratedBy = :p", CalibratedItem.class)
                .setParameter("p", person).getResultList().forEach(c -> calibrated.add(Json.createObjectBuilder()
                        .add("item", c.getItemKey()).add("calibratedAt", c.getCalibratedAt().toString())));
        export.add("placement_item_parameters", calibrated);
    }

    @Override
    public void erase(Person person) {
        em.createQuery("SELECT a FROM PlacementAnswer a WHERE a.placement.person = :p", PlacementAnswer.class)
                .setParameter("p", person).getResultList().forEach(PlacementAnswer::forgetResponse);
    }
}
