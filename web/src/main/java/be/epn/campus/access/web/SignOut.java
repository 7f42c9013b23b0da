package be.epn.campus.access.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.omnifaces.util.Faces;

/** Signing out ends the session entirely: on a shared EPN computer the next person must find nothing. */
@Named
@RequestScoped
public class SignOut {

    public void submit() throws IOException, ServletException {
        HttpServletRequest request = Faces.getRequest();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        Faces.redirect(Faces.getRequestContextPath() + "/?signedOut=1");
    }
}
