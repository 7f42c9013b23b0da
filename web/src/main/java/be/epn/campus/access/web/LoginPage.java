package be.epn.campus.access.web;

import be.epn.campus.access.service.SignInResult;
import be.epn.campus.access.service.Callers;
import be.epn.campus.platform.web.LanguageCookie;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The login page. {@code ?u=amina.b42} (what the card's QR code opens) fills the username in, so a
 * beginner only types their secret. {@code ?next=} brings them back to the page they asked for.
 */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext security;

    @Inject
    LoginThrottle throttle;

    @Inject
    Landing landing;

    @EJB
    Callers callers;

    @Inject
    @Param(name = "u")
    String prefilled;

    @Inject
    @Param(name = "next")
    String next;

    private String login;
    private String secret;

    public String getLogin() {
        return login == null ? prefilled : login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getSecret() {
        return null; // never sent back to the browser
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public String getNext() {
        return next;
    }

    public void submit() throws IOException {
        HttpServletRequest request = Faces.getRequest();
        String address = request.getRemoteAddr();
        if (!throttle.allows(address)) {
            Messages.addGlobalError(Faces.getResourceBundle("ac").getString("login.error.tooMany"));
            return;
        }
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) Faces.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(login == null ? "" : login.strip(), new Password(secret == null ? "" : secret))));
        if (status == AuthenticationStatus.SUCCESS) {
            // Pages speak the person's own language from now on, whatever the browser of this EPN says.
            callers.currentPerson().ifPresent(p -> LanguageCookie.remember(request, (HttpServletResponse) Faces.getResponse(),
                    p.getPreferredLanguage()));
            Faces.redirect(landing.after(next));
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            Faces.responseComplete();
        } else {
            throttle.failed(address);
            Object outcome = request.getAttribute(SignInOutcome.ATTRIBUTE);
            String key = outcome == SignInResult.Outcome.LOCKED ? "login.error.locked"
                    : outcome == SignInResult.Outcome.THROTTLED ? "login.error.wait" : "login.error.invalid";
            Messages.addGlobalError(Faces.getResourceBundle("ac").getString(key));
        }
    }
}
