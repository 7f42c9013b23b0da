package be.epn.campus.platform.curricula;

/**
 * One thing wrong in a curriculum file, said so that its author can find and fix it: the file, the place
 * in it (a field path such as {@code areas[2].competences[0].title.nl}, or a line and column for a syntax
 * error), and what is wrong.
 *
 * @param code for the common refusals of an upload (a zip bomb, a file that is not what its extension says,
 *             a password-protected document...), a stable machine code such as {@code package.bomb} or
 *             {@code document.encrypted} that pages word in the visitor's language; null otherwise (the
 *             English message is then the only wording)
 */
public record CurriculumProblem(String file, String place, String message, String code) implements java.io.Serializable {

    /** A problem without a machine code: its message is the only wording. */
    public CurriculumProblem(String file, String place, String message) {
        this(file, place, message, null);
    }

    @Override
    public String toString() {
        return file + ": " + place + ": " + message;
    }
}
