package be.epn.campus.training.api;

import be.epn.campus.platform.Language;
import be.epn.campus.platform.api.ApiError;
import be.epn.campus.platform.api.ApiException;
import be.epn.campus.platform.api.CampusApi;
import be.epn.campus.platform.errors.RecordNotFoundException;
import be.epn.campus.platform.errors.RefusedException;
import be.epn.campus.progress.model.Autonomy;
import be.epn.campus.training.model.SessionPlan;
import be.epn.campus.training.service.AnimateurRecord;
import be.epn.campus.training.service.Attendance;
import be.epn.campus.training.service.ContinuingEducation;
import be.epn.campus.training.service.NetworkTraining;
import be.epn.campus.training.service.NetworkView;
import be.epn.campus.training.service.RosterLine;
import be.epn.campus.training.service.SessionView;
import be.epn.campus.training.service.TrainingSessions;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/training}: the continuing-education track (issue 7) for software and tests. Sessions (trainers plan,
 * animateurs register or withdraw), attendance (the session's trainer), an animateur's record and a trainer's
 * observations. The services check who asks; bodies are read after that.
 */
@Path("training")
@RequestScoped
@Produces(CampusApi.JSON_UTF8)
@Tag(name = "training", description = "Continuing education of animateurs (issue 7)")
public class TrainingResource {

    private static final Jsonb JSON = JsonbBuilder.create();

    @EJB
    TrainingSessions sessions;

    @EJB
    Attendance attendance;

    @EJB
    ContinuingEducation education;

    @EJB
    NetworkTraining network;

    /** A session to plan; {@code minutes} defaults to its length, {@code epn} or {@code place} says where. */
    public record Plan(String title, String description, String language, String module, LocalDateTime startsAt,
                       LocalDateTime endsAt, Integer minutes, UUID epn, String place, Integer capacity) {
    }

    /** Attendance: each animateur with a seat, present or not. */
    public record Sheet(Map<UUID, Boolean> present) {
    }

    /** A trainer's observation of an animateur's practice. */
    public record Observation(String competence, Integer level, String autonomy) {
    }

    @POST
    @Path("sessions")
    @Operation(summary = "Plan a session (trainers, coordinators)")
    public SessionView create(String body) {
        sessions.requirePlanner(); // who may act is told before what is wrong with the body
        SessionPlan plan = plan(body);
        return refused(() -> sessions.create(plan));
    }

    @PUT
    @Path("sessions/{id}")
    @Operation(summary = "Change a session before it starts (its trainer, coordinators)",
            description = "The whole plan, as when planning it. Seats added go to the waiting line in order; fewer "
                    + "seats than animateurs already seated is refused (training.refused.fewerSeats).")
    public SessionView change(@PathParam("id") String id, String body) {
        UUID session = uuid(id);
        sessions.requirePlanner();
        SessionPlan plan = plan(body);
        return refused(() -> sessions.change(session, plan));
    }

    @GET
    @Path("sessions")
    @Operation(summary = "Sessions not over yet, and those of the last pastDays days (staff)")
    public List<SessionView> list(@QueryParam("pastDays") int pastDays) {
        return sessions.sessions(pastDays);
    }

    @GET
    @Path("sessions/{id}")
    @Operation(summary = "One session, with the caller's registration")
    public SessionView one(@PathParam("id") String id) {
        return sessions.session(uuid(id));
    }

    @POST
    @Path("sessions/{id}/registration")
    @Operation(summary = "Register (animateurs): a seat while one is free, else the waiting line")
    public SessionView register(@PathParam("id") String id) {
        return refused(() -> sessions.register(uuid(id)));
    }

    @DELETE
    @Path("sessions/{id}/registration")
    @Operation(summary = "Withdraw; a freed seat goes to the first in the waiting line")
    public SessionView withdraw(@PathParam("id") String id) {
        return refused(() -> sessions.withdraw(uuid(id)));
    }

    @GET
    @Path("sessions/{id}/roster")
    @Operation(summary = "The roster (the session's trainer, coordinators)")
    public List<RosterLine> roster(@PathParam("id") String id) {
        return attendance.roster(uuid(id));
    }

    @PUT
    @Path("sessions/{id}/attendance")
    @Operation(summary = "Take attendance (the session's trainer, coordinators): credits the session's hours")
    public List<RosterLine> attendance(@PathParam("id") String id, String body) {
        UUID session = uuid(id);
        attendance.roster(session);
        Sheet sheet = read(body, Sheet.class);
        return refused(() -> attendance.take(session, sheet.present() == null ? Map.of() : sheet.present()));
    }

    @GET
    @Path("network")
    @Operation(summary = "Continuing education across the network (coordinators): hours per EPN and animateur, "
            + "EPNs below the yearly minimum, animateurs per 10,000 inhabitants per municipality")
    public NetworkView network(@QueryParam("year") Integer year) {
        return network.of(year == null ? LocalDateTime.now().getYear() : year);
    }

    @GET
    @Path("me")
    @Operation(summary = "My continuing education: hours this year, sessions, modules, evidence")
    public AnimateurRecord mine() {
        return education.mine();
    }

    @GET
    @Path("animateurs/{id}")
    @Operation(summary = "An animateur's continuing education (themself, their trainers, coordinators)")
    public AnimateurRecord of(@PathParam("id") String id, @QueryParam("year") Integer year) {
        return education.of(uuid(id), year == null ? LocalDateTime.now().getYear() : year);
    }

    @POST
    @Path("animateurs/{id}/observations")
    @Operation(summary = "Record an observation of an animateur's practice (their trainers, coordinators)")
    public AnimateurRecord observe(@PathParam("id") String id, String body) {
        UUID animateur = uuid(id);
        education.requireObserver(animateur);
        Observation observation = read(body, Observation.class);
        Autonomy autonomy;
        try {
            autonomy = observation.autonomy() == null ? null : Autonomy.valueOf(observation.autonomy());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("autonomy: ALONE or WITH_HELP");
        }
        return refused(() -> education.observe(animateur, observation.competence(),
                observation.level() == null ? 0 : observation.level(), autonomy));
    }

    private static SessionPlan plan(String body) {
        Plan plan = read(body, Plan.class);
        return new SessionPlan(plan.title(), plan.description(), Language.fromCode(plan.language()).orElse(Language.DEFAULT),
                plan.module(), plan.startsAt(), plan.endsAt(), plan.minutes() == null ? 0 : plan.minutes(), plan.epn(),
                plan.place(), plan.capacity() == null ? 0 : plan.capacity());
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException(id);
        }
    }

    private static <T> T read(String body, Class<T> type) {
        try {
            T value = body == null || body.isBlank() ? null : JSON.fromJson(body, type);
            if (value == null) {
                throw ApiException.badRequest("The body must be a JSON object as described at /openapi.");
            }
            return value;
        } catch (JsonbException e) {
            throw ApiException.badRequest("The body must be a JSON object as described at /openapi.");
        }
    }

    private static <T> T refused(Supplier<T> call) {
        try {
            return call.get();
        } catch (RefusedException refused) {
            throw new ApiException(new ApiError(422, refused.key(), ApiError.sentenceFor(422)));
        }
    }
}
