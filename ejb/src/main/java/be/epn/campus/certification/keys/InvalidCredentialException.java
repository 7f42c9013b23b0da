package be.epn.campus.certification.keys;

/** A token that is not an authentic credential of ours; {@link #reason()} says why, for logs and tests. */
public final class InvalidCredentialException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a token was refused. A verification page shows them all as "not authentic". */
    public enum Reason {
        /** Not three base64url parts, not JSON, a header without the required members. */
        MALFORMED,
        /** {@code alg: none}, an unknown alg, or an alg that does not match the key named by kid. */
        ALGORITHM_REFUSED,
        /** A kid that our key ring never had. */
        UNKNOWN_KEY,
        /** The signature does not match the header and payload: tampered, or signed by another key. */
        BAD_SIGNATURE
    }

    private final Reason reason;

    public InvalidCredentialException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
