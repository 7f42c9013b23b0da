package be.epn.campus.people.api;

import be.epn.campus.people.service.MyAccount;
import be.epn.campus.people.service.Views.PersonFile;
import be.epn.campus.platform.api.CampusApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * {@code /api/me}: the signed-in person's own record, and everything held about them as a download
 * (the right of access). Signing in is required (web.xml); the service checks again.
 */
@Path("me")
@RequestScoped
@Produces(CampusApi.JSON_UTF8)
public class MeResource {

    @EJB
    MyAccount account;

    @GET
    public PersonFile me() {
        return account.me();
    }

    @GET
    @Path("export")
    public Response export() {
        return Response.ok(account.export())
                .header("Content-Disposition", "attachment; filename=\"epn-campus-my-data.json\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
