package be.epn.campus.placement.api;

import be.epn.campus.placement.model.PlacementSession.StartAnswers;
import be.epn.campus.placement.service.LearningPlans;
import be.epn.campus.placement.service.PlacementState;
import be.epn.campus.placement.service.Placements;
import be.epn.campus.platform.Language;
import be.epn.campus.platform.api.ApiException;
import be.epn.campus.platform.api.CampusApi;
import be.epn.campus.progress.web.ComputerCookie;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/placements}: the adaptive placement for clients other than the pages (which call the service
 * directly). Start or resume, fetch the item to answer, answer it, read the result. Signing in is required
 * (web.xml); {@link Placements} decides who may act on which placement, exactly as for the pages. Every answer
 * is saved before the next item is chosen, and an answer sent twice is recorded once.
 */
@Path("placements")
@RequestScoped
@Produces(CampusApi.JSON_UTF8)
@Tag(name = "placement", description = "Adaptive placement test on DigComp 2.2 (issue 5)")
public class PlacementResource {

    private static final String ERROR = "An error: {\"status\":..., \"error\":..., \"message\":...}";

    @EJB
    Placements placements;

    @EJB
    LearningPlans plans;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Start a placement, or resume the one running",
            description = "For the signed-in learner; staff who may see a learner's record give `learner` and run it beside"
                    + " them (assisted: answers are recorded as given with help). A true beginner (usedComputer and"
                    + " usedSmartphone false) gets the starter path at once: the placement comes back finished.")
    @RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(implementation = Requests.Start.class)))
    @APIResponse(responseCode = "200", description = "The placement started or resumed",
            content = @Content(schema = @Schema(implementation = PlacementDto.class)))
    @APIResponse(responseCode = "400", description = "The body is not the JSON described")
    @APIResponse(responseCode = "403", description = "Not staff who may see this learner's record")
    @APIResponse(responseCode = "404", description = "No such learner")
    public PlacementDto start(String body) {
        Requests.Start start = Requests.read(body, Requests.Start.class).orElse(new Requests.Start(null, null, null, null));
        StartAnswers answers = new StartAnswers(start.usedComputer(), start.usedSmartphone(), start.usedEmail());
        PlacementState state = start.learner() == null ? placements.start(answers, device())
                : placements.startFor(start.learner(), answers, device());
        return PlacementDto.of(state);
    }

    @GET
    @Path("current")
    @Operation(summary = "The running placement, else the last one",
            description = "The signed-in learner's, or with `learner` that learner's, for staff who may see their record.")
    @APIResponse(responseCode = "200", description = "The placement", content = @Content(schema = @Schema(implementation = PlacementDto.class)))
    @APIResponse(responseCode = "204", description = "Never started one")
    @APIResponse(responseCode = "403", description = ERROR)
    public Response current(@Parameter(description = "A learner's UUID (staff)") @QueryParam("learner") UUID learner) {
        Optional<PlacementState> state = learner == null ? placements.mine() : placements.latestOf(learner);
        return state.map(s -> Response.ok(PlacementDto.of(s))).orElseGet(Response::noContent).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One placement's progress")
    @APIResponse(responseCode = "200", description = "The placement", content = @Content(schema = @Schema(implementation = PlacementDto.class)))
    @APIResponse(responseCode = "403", description = "Neither its learner nor staff who may see the learner's record")
    @APIResponse(responseCode = "404", description = "No such placement")
    public PlacementDto placement(@PathParam("id") long id) {
        return PlacementDto.of(placements.view(id));
    }

    @GET
    @Path("{id}/next")
    @Operation(summary = "The item to answer now", description = "Worded in `lang`, else the language of the visitor"
            + " (cookie, then Accept-Language). Never the answer: no correct flags, accepted answers nor item parameters.")
    @APIResponse(responseCode = "200", description = "The item", content = @Content(schema = @Schema(implementation = ItemDto.class)))
    @APIResponse(responseCode = "204", description = "The placement is finished: read its result")
    @APIResponse(responseCode = "403", description = ERROR)
    @APIResponse(responseCode = "404", description = ERROR)
    public Response next(@PathParam("id") long id, @Parameter(description = "fr, nl or en") @QueryParam("lang") String lang) {
        Language language = ApiLanguage.of(lang, request);
        PlacementState state = placements.view(id);
        return state.current() == null ? Response.noContent().build() : Response.ok(item(state, language)).build();
    }

    @POST
    @Path("{id}/answers")
    @Operation(summary = "Answer the current item", description = "Saved before the next item is chosen. The same answer"
            + " sent again (a double click, a retry after a lost connection) changes nothing and comes back with"
            + " repeated=true. No right or wrong is told during the placement.")
    @RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(implementation = Requests.Answer.class)))
    @APIResponse(responseCode = "200", description = "The placement after the answer and the next item",
            content = @Content(schema = @Schema(implementation = AnswerDto.class)))
    @APIResponse(responseCode = "400", description = "The body is not the JSON described")
    @APIResponse(responseCode = "403", description = ERROR)
    @APIResponse(responseCode = "422", description = "Refused, nothing saved; error is placement.refused.answer (the"
            + " response does not fit the item), placement.refused.notCurrent (another item) or placement.refused.finished")
    public AnswerDto answer(@PathParam("id") long id, @QueryParam("lang") String lang, String body) {
        Language language = ApiLanguage.of(lang, request);
        Requests.Answer answer;
        try {
            answer = Requests.read(body, Requests.Answer.class).orElse(new Requests.Answer(null, null));
        } catch (ApiException malformed) {
            placements.view(id); // who may act is told before what is wrong with the body
            throw malformed;
        }
        PlacementState state = Refusals.worded(() -> placements.answer(id, answer.item(), answer.response(), device()));
        return new AnswerDto(PlacementDto.of(state), state.current() == null ? null : item(state, language));
    }

    @GET
    @Path("{id}/result")
    @Operation(summary = "The result: levels per area and competence, and the learning plan",
            description = "Levels appear once the placement is finished (none while it runs: no feedback during the test).")
    @APIResponse(responseCode = "200", description = "The result", content = @Content(schema = @Schema(implementation = ResultDto.class)))
    @APIResponse(responseCode = "403", description = ERROR)
    @APIResponse(responseCode = "404", description = ERROR)
    public ResultDto result(@PathParam("id") long id, @QueryParam("lang") String lang) {
        Language language = ApiLanguage.of(lang, request);
        PlacementState state = placements.view(id);
        PlanDto plan = state.finished() ? plans.of(state.learner()).map(p -> PlanDto.of(p, language)).orElse(null) : null;
        return ResultDto.of(state, plan);
    }

    private ItemDto item(PlacementState state, Language language) {
        return ItemMapper.of(state.id(), state.current(), language, path -> uri.getBaseUriBuilder()
                .path(PlacementPictureResource.class).queryParam("path", path).build().toString());
    }

    /** The computer's EPN token: an answer given on an EPN's computer is recorded at that EPN. */
    private String device() {
        return ComputerCookie.token(request);
    }
}
