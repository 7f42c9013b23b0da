package be.epn.campus.access.web;

import be.epn.campus.access.service.SessionRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Our own form sign-in. The login page hands the credential over programmatically
 * ({@code SecurityContext.authenticate}); on success the session id is renewed (no session fixation), the
 * session is registered so that disabling the account can end it, and the container remembers the caller
 * for the session ({@link AutoApplySession}). A protected page asked without signing in redirects to the
 * login page and comes back afterwards; the API answers 401 instead.
 */
@ApplicationScoped
@AutoApplySession
public class CampusAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SessionRegistry sessions;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            AuthenticationStatus status = context.notifyContainerAboutLogin(result);
            sessions.register(UUID.fromString(result.getCallerPrincipal().getName()), request.getSession(true));
            return status;
        }
        if (context.isProtected() && request.getUserPrincipal() == null) {
            return challenge(request, response, context);
        }
        return context.doNothing();
    }

    private static AuthenticationStatus challenge(HttpServletRequest request, HttpServletResponse response,
                                                  HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            try {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                response.setContentType("application/json; charset=UTF-8");
                response.getWriter().write("{\"status\":401,\"error\":\"unauthorized\",\"message\":\"Sign in first\"}");
            } catch (IOException e) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        String next = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
    }
}
