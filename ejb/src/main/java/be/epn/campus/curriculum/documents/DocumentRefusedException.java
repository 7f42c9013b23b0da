package be.epn.campus.curriculum.documents;

import java.util.Objects;

/**
 * A file that will not be taken, with the reason in plain words for the person who uploaded it
 * ("this .pdf file is really an HTML page"). Never carries a parser's stack trace to the user: the message
 * is ours, and the web layer may translate by {@link #reason()} instead.
 */
public class DocumentRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why, for machines: the web layer words it in the user's language. */
    public enum Reason {
        /** larger than the size limit; nothing was read */
        TOO_LARGE,
        /** the content is not what the extension says */
        TYPE_MISMATCH,
        /** an extension that modules may not carry */
        UNSUPPORTED_TYPE,
        /** protected by a password */
        ENCRYPTED,
        /** damaged, truncated, or not a real file of its type */
        BROKEN,
        /** compressed far more than genuine files are, or too deep or too big once unpacked */
        BOMB,
        /** reading it took longer than allowed */
        TIMEOUT,
        /** a picture that runs scripts or fetches things from elsewhere */
        ACTIVE_CONTENT
    }

    private final Reason reason;

    public DocumentRefusedException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The cause stays for the server's log; {@link #getMessage()} never includes it. */
    public DocumentRefusedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
