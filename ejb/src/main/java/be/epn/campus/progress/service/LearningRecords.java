package be.epn.campus.progress.service;

import be.epn.campus.curriculum.model.LearningModule;
import be.epn.campus.curriculum.model.ModuleActivity;
import be.epn.campus.people.model.Epn;
import be.epn.campus.people.model.Person;
import be.epn.campus.platform.Language;
import be.epn.campus.platform.LocalizedText;
import be.epn.campus.progress.model.LearningRecord;
import be.epn.campus.progress.model.ProgressRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes every learning event as an xAPI statement, in the same transaction as the progress it mirrors (an
 * event is never recorded without its statement, nor the reverse). The actor is the learner's UUID, never
 * their name; the context names the EPN. Forwarding to an LRS is left for later: statements wait with an
 * empty {@code forwarded_at}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class LearningRecords {

    static final String EPN_EXTENSION = "/xapi/extensions/epn";

    @Inject
    ProgressRepository progress;

    @Inject
    @ConfigProperty(name = "campus.xapi.base", defaultValue = "https://epn-campus.brussels")
    String base;

    /** An event about an activity (its module is the parent in the context). */
    public LearningRecord activity(Person person, Verb verb, ModuleActivity activity, Result result, Epn epn) {
        LearningModule module = activity.getModule();
        String iri = moduleIri(module) + "/activities/" + activity.getKey();
        JsonObjectBuilder context = context(epn).add("contextActivities", Json.createObjectBuilder()
                .add("parent", Json.createArrayBuilder().add(object(moduleIri(module), module.getTitle(), "module"))));
        return store(person, verb, iri, object(iri, activity.getTitle(), activity.getKind()), result, context, epn);
    }

    /** An event about a whole module. */
    public LearningRecord module(Person person, Verb verb, LearningModule module, Epn epn) {
        String iri = moduleIri(module);
        return store(person, verb, iri, object(iri, module.getTitle(), "module"), null, context(epn), epn);
    }

    /** The placement test as an xAPI activity: one per framework, whatever the learner's items. */
    public static final LocalizedText PLACEMENT_TITLE = LocalizedText.of("Test de positionnement", "Plaatsingstest",
            "Placement test");

    /**
     * An event of a placement: started (attempted), finished (completed), or an item answered ({@code itemKey}
     * not null; the item is the object, the placement its parent).
     */
    public LearningRecord placement(Person person, Verb verb, String frameworkKey, String itemKey, Result result, Epn epn) {
        String iri = base + "/placement/" + frameworkKey;
        JsonObjectBuilder placement = object(iri, PLACEMENT_TITLE, "assessment");
        if (itemKey == null) {
            return store(person, verb, iri, placement, result, context(epn), epn);
        }
        String itemIri = iri + "/items/" + itemKey;
        JsonObjectBuilder context = context(epn).add("contextActivities", Json.createObjectBuilder()
                .add("parent", Json.createArrayBuilder().add(placement)));
        return store(person, verb, itemIri, object(itemIri, LocalizedText.of(itemKey, itemKey, itemKey), "item"), result,
                context, epn);
    }

    private LearningRecord store(Person person, Verb verb, String objectIri, JsonObjectBuilder object, Result result,
                                 JsonObjectBuilder context, Epn epn) {
        UUID id = UUID.randomUUID();
        LocalDateTime now = LocalDateTime.now(Clock.systemUTC());
        JsonObjectBuilder statement = Json.createObjectBuilder()
                .add("id", id.toString())
                .add("actor", Json.createObjectBuilder().add("objectType", "Agent")
                        .add("account", Json.createObjectBuilder().add("homePage", base).add("name", person.getUuid().toString())))
                .add("verb", Json.createObjectBuilder().add("id", verb.iri(base))
                        .add("display", Json.createObjectBuilder().add("en-US", verb.display())))
                .add("object", object)
                .add("context", context)
                .add("timestamp", now.atOffset(ZoneOffset.UTC).toString());
        if (result != null) {
            statement.add("result", result.json());
        }
        LearningRecord record = new LearningRecord(id, person, verb.name(), objectIri, epn, statement.build().toString(), now);
        progress.add(record);
        return record;
    }

    private String moduleIri(LearningModule module) {
        return base + "/modules/" + module.getKey();
    }

    private JsonObjectBuilder context(Epn epn) {
        JsonObjectBuilder context = Json.createObjectBuilder().add("platform", "EPN Campus");
        if (epn != null) {
            context.add("extensions", Json.createObjectBuilder().add(base + EPN_EXTENSION, Json.createObjectBuilder()
                    .add("id", "urn:uuid:" + epn.getUuid()).add("name", epn.getName())));
        }
        return context;
    }

    private static JsonObjectBuilder object(String iri, LocalizedText name, String type) {
        JsonObjectBuilder names = Json.createObjectBuilder();
        for (Language language : Language.values()) {
            names.add(language.code(), name.in(language));
        }
        return Json.createObjectBuilder().add("objectType", "Activity").add("id", iri)
                .add("definition", Json.createObjectBuilder().add("name", names)
                        .add("type", activityType(type)));
    }

    private static String activityType(String type) {
        return switch (type) {
            case "module" -> "https://w3id.org/xapi/cmi5/activitytype/course";
            case "assessment" -> "http://adlnet.gov/expapi/activities/assessment";
            case "item" -> "http://adlnet.gov/expapi/activities/cmi.interaction";
            default -> "https://w3id.org/xapi/cmi5/activitytype/block";
        };
    }

    /** The result part of a statement: a score, success, completion, and for answers the response. */
    public record Result(Integer scorePercent, Boolean success, Boolean completion, String response) {

        JsonObject json() {
            JsonObjectBuilder json = Json.createObjectBuilder();
            if (scorePercent != null) {
                json.add("score", Json.createObjectBuilder().add("scaled", scorePercent / 100.0).add("raw", scorePercent)
                        .add("min", 0).add("max", 100));
            }
            if (success != null) {
                json.add("success", success);
            }
            if (completion != null) {
                json.add("completion", completion);
            }
            if (response != null) {
                json.add("response", response);
            }
            return json.build();
        }
    }
}
