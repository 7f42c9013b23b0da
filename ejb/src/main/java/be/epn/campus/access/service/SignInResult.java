package be.epn.campus.access.service;

import be.epn.campus.people.model.Role;
import java.util.Set;
import java.util.UUID;

/** The answer to a sign-in: who, with which roles, or why not. */
public record SignInResult(Outcome outcome, UUID person, Set<Role> roles) {

    public enum Outcome {
        SIGNED_IN,
        /** Unknown login, wrong secret or an account that cannot sign in: said the same way to the visitor. */
        INVALID,
        /** Too soon after the last wrong secret: wait a few seconds. */
        THROTTLED,
        /** Ten wrong secrets in a row: locked for a while, or until an animateur unlocks it. */
        LOCKED
    }

    public static SignInResult refused(Outcome outcome) {
        return new SignInResult(outcome, null, Set.of());
    }

    public boolean succeeded() {
        return outcome == Outcome.SIGNED_IN;
    }
}
