package be.epn.campus.access.web;

import be.epn.campus.access.service.Caller;
import be.epn.campus.access.service.Callers;
import be.epn.campus.people.model.Role;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.omnifaces.util.Faces;

/** Where a person lands after signing in: where they were going, else the home of their main role. */
@ApplicationScoped
public class Landing {

    @EJB
    Callers callers;

    public String after(String next) {
        String context = Faces.getRequestContextPath();
        if (isLocalPath(next)) {
            return context + next;
        }
        Caller caller = callers.current();
        if (caller.isCoordinator()) {
            return context + "/admin/";
        }
        if (caller.is(Role.ANIMATEUR)) {
            return context + "/desk/";
        }
        return context + "/learn/";
    }

    /** Only paths of this site: "/desk/", never "//evil.example" or "https://..." (open redirect). */
    static boolean isLocalPath(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && !next.contains("\r") && !next.contains("\n") && !next.startsWith(CampusAuthenticationMechanism.LOGIN_PAGE);
    }
}
