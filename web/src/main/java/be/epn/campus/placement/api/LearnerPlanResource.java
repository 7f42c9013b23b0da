package be.epn.campus.placement.api;

import be.epn.campus.placement.service.LearningPlans;
import be.epn.campus.platform.api.CampusApi;
import be.epn.campus.platform.api.PathIds;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/learners/{uuid}/plan}: a learner's learning plan, read by the learner and by staff who may see
 * their record; adjusted (add, remove, move a module) by that staff only: the plan is the animateur's advice.
 * {@link LearningPlans} checks who asks.
 */
@Path("learners/{id}/plan")
@RequestScoped
@Produces(CampusApi.JSON_UTF8)
@Tag(name = "placement")
public class LearnerPlanResource {

    @EJB
    LearningPlans plans;

    @Context
    HttpServletRequest request;

    @PathParam("id")
    String id;

    @QueryParam("lang")
    String lang;

    @GET
    @Operation(summary = "A learner's learning plan")
    @APIResponse(responseCode = "200", description = "The plan", content = @Content(schema = @Schema(implementation = PlanDto.class)))
    @APIResponse(responseCode = "204", description = "The learner has no plan yet")
    @APIResponse(responseCode = "403", description = "Neither the learner nor staff who may see their record")
    public Response plan() {
        return plans.of(learner()).map(p -> Response.ok(PlanDto.of(p, ApiLanguage.of(lang, request))))
                .orElseGet(Response::noContent).build();
    }

    @POST
    @Path("steps")
    @Operation(summary = "Add a module at the end of the plan (staff)")
    @RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(implementation = Requests.Step.class)))
    @APIResponse(responseCode = "200", description = "The plan after it", content = @Content(schema = @Schema(implementation = PlanDto.class)))
    @APIResponse(responseCode = "403", description = "Not staff who may see this learner's record")
    @APIResponse(responseCode = "422", description = "placement.refused.noModule or placement.refused.planHasModule")
    public PlanDto add(String body) {
        UUID learner = learner();
        Requests.Step step = Requests.read(body, Requests.Step.class, new Requests.Step(null), () -> plans.of(learner));
        return PlanDto.of(Refusals.worded(() -> plans.add(learner, step.module())), ApiLanguage.of(lang, request));
    }

    @DELETE
    @Path("steps/{module}")
    @Operation(summary = "Remove a module from the plan (staff)")
    @APIResponse(responseCode = "200", description = "The plan after it", content = @Content(schema = @Schema(implementation = PlanDto.class)))
    @APIResponse(responseCode = "403", description = "Not staff who may see this learner's record")
    @APIResponse(responseCode = "422", description = "placement.refused.noPlan, noModule or notInPlan")
    public PlanDto remove(@PathParam("module") String module) {
        return PlanDto.of(Refusals.worded(() -> plans.remove(learner(), module)), ApiLanguage.of(lang, request));
    }

    @POST
    @Path("steps/{module}/move")
    @Operation(summary = "Move a module one place earlier (by=-1) or later (by=1) (staff)")
    @APIResponse(responseCode = "200", description = "The plan after it", content = @Content(schema = @Schema(implementation = PlanDto.class)))
    @APIResponse(responseCode = "403", description = "Not staff who may see this learner's record")
    @APIResponse(responseCode = "422", description = "placement.refused.move (first or last already, or by not -1 or 1),"
            + " noPlan, noModule")
    public PlanDto move(@PathParam("module") String module, @Parameter(description = "-1 or 1") @QueryParam("by") int by) {
        return PlanDto.of(Refusals.worded(() -> plans.move(learner(), module, by)), ApiLanguage.of(lang, request));
    }

    private UUID learner() {
        return PathIds.uuid(id, "person");
    }
}
