package be.epn.campus.curriculum.source;

import be.epn.campus.curriculum.documents.DocumentRefusedException;
import be.epn.campus.platform.zip.ZipLimitException;
import java.util.Locale;

/**
 * The machine codes of the common refusals of an uploaded package ({@link
 * be.epn.campus.platform.curricula.CurriculumProblem#code()}): pages word them in the visitor's language
 * (bundle keys {@code modules.problem.<code>}), the API sends them next to the English detail. Stable: clients
 * may rely on them.
 */
public final class ProblemCodes {

    /** The upload is larger than the package limit (declared, or counted while reading). */
    public static final String PACKAGE_TOO_LARGE = "package.tooLarge";
    public static final String PACKAGE_TOO_LARGE_UNPACKED = "package.tooLargeUnpacked";
    public static final String FILE_TOO_LARGE = "package.fileTooLarge";
    public static final String TOO_MANY_ENTRIES = "package.tooManyEntries";
    /** A file compressed far more than genuine files are: a zip bomb. */
    public static final String ZIP_BOMB = "package.bomb";
    /** An entry name with "..", a leading "/", a "\" or a drive letter (zip slip). */
    public static final String UNSAFE_NAME = "package.unsafeName";
    public static final String DAMAGED = "package.damaged";
    public static final String EMPTY = "package.empty";
    public static final String TWICE = "package.twice";
    public static final String OUTSIDE_MODULE = "package.outsideModule";
    public static final String NOT_A_MODULE_ID = "package.notModuleId";
    /** A module targets a competence its framework does not have. */
    public static final String UNKNOWN_COMPETENCE = "module.unknownCompetence";
    /** A trainer's package holds (or replaces) a module outside the continuing-education track. */
    public static final String NOT_TRAINING_TRACK = "module.notTrainingTrack";

    private ProblemCodes() {
    }

    /** {@code package.bomb}, {@code package.tooLarge}...: the code of a passed zip limit. */
    public static String of(ZipLimitException.Limit limit) {
        return switch (limit) {
            case COMPRESSED_TOTAL -> PACKAGE_TOO_LARGE;
            case UNCOMPRESSED_TOTAL -> PACKAGE_TOO_LARGE_UNPACKED;
            case ENTRY_SIZE -> FILE_TOO_LARGE;
            case ENTRIES -> TOO_MANY_ENTRIES;
            case RATIO -> ZIP_BOMB;
        };
    }

    /** {@code document.typeMismatch}, {@code document.encrypted}...: the code of a refused document. */
    public static String of(DocumentRefusedException.Reason reason) {
        String[] words = reason.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder code = new StringBuilder("document.").append(words[0]);
        for (int i = 1; i < words.length; i++) {
            code.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return code.toString();
    }
}
