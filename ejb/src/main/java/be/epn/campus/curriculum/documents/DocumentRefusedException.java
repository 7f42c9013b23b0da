package be.epn.campus.curriculum.documents;

/**
 * A file that will not be taken, with the reason in plain words for the person who uploaded it
 * ("this .pdf file is really an HTML page"). Never carries a parser's stack trace to the user.
 */
public class DocumentRefusedException extends Exception {

    public DocumentRefusedException(String message) {
        super(message);
    }

    public DocumentRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
