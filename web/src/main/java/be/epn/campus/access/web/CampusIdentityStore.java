package be.epn.campus.access.web;

import be.epn.campus.access.service.Accounts;
import be.epn.campus.access.service.SignInResult;
import be.epn.campus.people.model.Role;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;

/**
 * Checks a username (or e-mail address) and secret against the accounts in the database. The caller
 * principal is the person's UUID; the groups are their roles (mapped 1:1 in glassfish-application.xml).
 */
@ApplicationScoped
public class CampusIdentityStore implements IdentityStore {

    @EJB
    Accounts accounts;

    @Inject
    HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignInResult result = accounts.signIn(credential.getCaller(), credential.getPasswordAsString());
        request.setAttribute(SignInOutcome.ATTRIBUTE, result.outcome());
        if (!result.succeeded()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(new CallerPrincipal(result.person().toString()),
                result.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
