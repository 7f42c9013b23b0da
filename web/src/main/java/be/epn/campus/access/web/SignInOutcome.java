package be.epn.campus.access.web;

/** Where the identity store leaves the outcome of a sign-in for the login page to word it. */
final class SignInOutcome {

    static final String ATTRIBUTE = SignInOutcome.class.getName();

    private SignInOutcome() {
    }
}
