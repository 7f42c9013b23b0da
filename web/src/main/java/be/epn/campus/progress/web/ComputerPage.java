package be.epn.campus.progress.web;

import be.epn.campus.people.web.DeskSession;
import be.epn.campus.platform.web.Actions;
import be.epn.campus.progress.service.Places;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.omnifaces.util.Faces;

/**
 * "This computer is at my EPN" ({@code /desk/computer.xhtml}): done once per computer by an animateur, so that
 * what learners do on it is recorded at that EPN, whoever signs in.
 */
@Named
@RequestScoped
public class ComputerPage {

    @EJB
    Places places;

    @Inject
    DeskSession desk;

    private String label;

    /** The EPN this browser is registered at, or null. */
    public String getCurrentEpn() {
        return places.epnOf(ComputerCookie.token(Faces.getRequest())).map(e -> e.getName()).orElse(null);
    }

    public void register() throws IOException {
        UUID epn = desk.epnId();
        if (epn == null) {
            return;
        }
        Actions.get(() -> places.registerComputer(epn, label)).ifPresent(token -> {
            ComputerCookie.remember(Faces.getRequest(), (HttpServletResponse) Faces.getResponse(), token);
            Faces.getFlash().put("registered", Boolean.TRUE);
        });
        Faces.redirect(Faces.getRequestContextPath() + "/desk/computer.xhtml");
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
