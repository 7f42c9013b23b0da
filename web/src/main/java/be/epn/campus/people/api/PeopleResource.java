package be.epn.campus.people.api;

import be.epn.campus.people.card.LoginCard;
import be.epn.campus.people.card.LoginCardRenderer;
import be.epn.campus.people.service.Coordination;
import be.epn.campus.people.service.LearnerDesk;
import be.epn.campus.people.service.Views.CardDetails;
import be.epn.campus.people.service.Views.EpnSummary;
import be.epn.campus.people.service.Views.PersonFile;
import be.epn.campus.people.web.DeskSession;
import be.epn.campus.platform.api.CampusApi;
import be.epn.campus.platform.errors.RecordNotFoundException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * {@code /api/people/{id}}: one person's file, their login card and, for coordinators, their data export.
 * The services decide who may see whom: an animateur only sees learners of their EPNs who consent, a
 * learner never reaches this (web.xml), whatever id is put in the address.
 */
@Path("people/{id}")
@RequestScoped
public class PeopleResource {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @EJB
    LearnerDesk desk;

    @EJB
    Coordination coordination;

    @Inject
    DeskSession deskSession;

    @PathParam("id")
    String id;

    @Context
    UriInfo uri;

    @GET
    @Produces(CampusApi.JSON_UTF8)
    public PersonFile person() {
        return desk.learner(person(id));
    }

    /** The login card as a PDF: name, username, and a QR code that opens the login page with the username. */
    @GET
    @Path("card")
    @Produces("application/pdf")
    public Response card() {
        CardDetails details = desk.card(person(id));
        String login = uri.getBaseUriBuilder().replacePath("/login.xhtml").build() + "?u="
                + URLEncoder.encode(details.username(), StandardCharsets.UTF_8);
        String epn = deskSession.current().map(EpnSummary::name).orElse(null);
        byte[] pdf = new LoginCardRenderer().render(new LoginCard(details.displayName(), details.username(),
                details.language(), login, epn, LocalDate.now(BRUSSELS)));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"card-" + details.username() + ".pdf\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("export")
    @Produces(CampusApi.JSON_UTF8)
    public Response export() {
        return Response.ok(coordination.export(person(id)))
                .header("Content-Disposition", "attachment; filename=\"epn-campus-person-data.json\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** Erases the person's identity on their request (coordinators only; the service checks). */
    @DELETE
    public Response erase() {
        coordination.erase(person(id));
        return Response.noContent().build();
    }

    private static UUID person(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("person " + id);
        }
    }
}
