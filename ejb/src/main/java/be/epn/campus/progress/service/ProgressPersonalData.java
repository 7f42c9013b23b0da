package be.epn.campus.progress.service;

import be.epn.campus.people.model.Person;
import be.epn.campus.people.service.PersonalDataSection;
import be.epn.campus.progress.model.ActivityProgress;
import be.epn.campus.progress.model.CompetenceEvidence;
import be.epn.campus.progress.model.EpnDevice;
import be.epn.campus.progress.model.LearningRecord;
import be.epn.campus.progress.model.ModuleProgress;
import be.epn.campus.progress.model.QuizAnswer;
import be.epn.campus.progress.model.QuizAttempt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.util.List;

/**
 * The progress feature's share of a person's data: everything they did, as the tables hold it. Erasure blanks
 * what the learner typed (short answers, in the answers and in the statements that echo them); the rest holds
 * no name and stays, so that the figures per module and per EPN remain right.
 */
@ApplicationScoped
public class ProgressPersonalData implements PersonalDataSection {

    @PersistenceContext(unitName = "campus")
    EntityManager em;

    @Override
    public void export(Person person, JsonObjectBuilder export) {
        export.add("quiz_attempt", attempts(person));
        export.add("activity_progress", activities(person));
        export.add("module_progress", modules(person));
        export.add("competence_evidence", evidence(person));
        export.add("learning_record", records(person));
        export.add("epn_device", devices(person));
    }

    @Override
    public void erase(Person person) {
        for (QuizAttempt attempt : list("SELECT a FROM QuizAttempt a WHERE a.person = :p", QuizAttempt.class, person)) {
            attempt.getAnswers().forEach(QuizAnswer::forgetResponse);
        }
        for (LearningRecord record : list("SELECT r FROM LearningRecord r WHERE r.person = :p AND r.verb = 'ANSWERED'",
                LearningRecord.class, person)) {
            JsonObject statement = Json.createReader(new StringReader(record.getStatement())).readObject();
            JsonObjectBuilder result = Json.createObjectBuilder(statement.getJsonObject("result")).remove("response");
            record.replaceStatement(Json.createObjectBuilder(statement).add("result", result).build().toString());
        }
    }

    private <T> List<T> list(String query, Class<T> type, Person person) {
        return em.createQuery(query, type).setParameter("p", person).getResultList();
    }

    private JsonArrayBuilder attempts(Person person) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (QuizAttempt a : list("SELECT a FROM QuizAttempt a WHERE a.person = :p ORDER BY a.startedAt", QuizAttempt.class, person)) {
            JsonArrayBuilder answers = Json.createArrayBuilder();
            a.getAnswers().forEach(x -> answers.add(Json.createObjectBuilder().add("question", x.getQuestionKey())
                    .add("response", x.getResponse()).add("correct", x.isCorrect()).add("at", x.getAnsweredAt().toString())
                    .add("epn", x.getEpn() == null ? "-" : x.getEpn().getName())));
            JsonObjectBuilder json = Json.createObjectBuilder().add("module", a.getActivity().getModule().getKey())
                    .add("quiz", a.getActivity().getKey()).add("attempt", a.getNumber()).add("startedAt", a.getStartedAt().toString())
                    .add("startedAtEpn", a.getStartedEpn() == null ? "-" : a.getStartedEpn().getName()).add("answers", answers);
            if (a.getFinishedAt() != null) {
                json.add("finishedAt", a.getFinishedAt().toString()).add("score", a.getScore()).add("passed", a.getPassed());
            }
            list.add(json);
        }
        return list;
    }

    private JsonArrayBuilder activities(Person person) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (ActivityProgress p : list("SELECT p FROM ActivityProgress p WHERE p.person = :p OR p.attestedBy = :p", ActivityProgress.class, person)) {
            JsonObjectBuilder json = Json.createObjectBuilder().add("module", p.getActivity().getModule().getKey())
                    .add("activity", p.getActivity().getKey()).add("state", p.getState().name())
                    .add("role", p.getPerson().equals(person) ? "learner" : "attested by")
                    .add("updatedAt", p.getUpdatedAt().toString());
            if (p.getAutonomy() != null) {
                json.add("autonomy", p.getAutonomy().name());
            }
            list.add(json);
        }
        return list;
    }

    private JsonArrayBuilder modules(Person person) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (ModuleProgress p : list("SELECT p FROM ModuleProgress p WHERE p.person = :p", ModuleProgress.class, person)) {
            list.add(Json.createObjectBuilder().add("module", p.getModule().getKey()).add("state", p.getState().name())
                    .add("startedAt", p.getStartedAt().toString())
                    .add("completedAt", p.getCompletedAt() == null ? "-" : p.getCompletedAt().toString()));
        }
        return list;
    }

    private JsonArrayBuilder evidence(Person person) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (CompetenceEvidence e : list("SELECT e FROM CompetenceEvidence e WHERE e.person = :p OR e.recordedBy = :p",
                CompetenceEvidence.class, person)) {
            list.add(Json.createObjectBuilder().add("competence", e.getCompetence().getCode()).add("level", e.getLevel())
                    .add("source", e.getSource().name()).add("autonomy", e.getAutonomy() == null ? "-" : e.getAutonomy().name())
                    .add("epn", e.getEpn() == null ? "-" : e.getEpn().getName()).add("at", e.getRecordedAt().toString()));
        }
        return list;
    }

    private JsonArrayBuilder records(Person person) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (LearningRecord r : list("SELECT r FROM LearningRecord r WHERE r.person = :p ORDER BY r.storedAt", LearningRecord.class, person)) {
            list.add(Json.createReader(new StringReader(r.getStatement())).readObject());
        }
        return list;
    }

    private JsonArrayBuilder devices(Person person) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (EpnDevice d : list("SELECT d FROM EpnDevice d WHERE d.registeredBy = :p", EpnDevice.class, person)) {
            list.add(Json.createObjectBuilder().add("epn", d.getEpn().getName()).add("label", d.getLabel())
                    .add("registeredAt", d.getRegisteredAt().toString()));
        }
        return list;
    }
}
