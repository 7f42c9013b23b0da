package be.epn.campus.platform.curricula;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a folder of one-object-per-file JSON data (certificate types, population tables...) in one pass: every
 * file is read, in name order so that messages are repeatable, and every problem of every file is reported at
 * once, so that an author fixes them all in one go.
 */
public final class CurriculumFolder {

    private CurriculumFolder() {
    }

    /**
     * What {@code reader} makes of each {@code .json} file of {@code files} whose name matches {@code name}; files
     * with another ending are skipped (a README, a picture). The reader records problems on its {@link DataObject}
     * and returns null for a file it cannot accept.
     *
     * @param naming what the file names should look like, said to an author whose file name does not match
     * @throws InvalidCurriculumException with every problem of every file, named by file and place
     */
    public static <T> List<T> readAll(List<CurriculumFile> files, Pattern name, String naming,
                                      BiFunction<DataObject, Matcher, T> reader) {
        List<CurriculumProblem> problems = new ArrayList<>();
        List<T> results = new ArrayList<>();
        for (CurriculumFile file : files.stream().sorted(Comparator.comparing(CurriculumFile::name)).toList()) {
            if (!file.name().endsWith(".json")) {
                continue;
            }
            Matcher matcher = name.matcher(file.name());
            if (!matcher.matches()) {
                problems.add(new CurriculumProblem(file.name(), "(file)", naming));
                continue;
            }
            DataObject.parse(file, problems).map(top -> reader.apply(top, matcher)).ifPresent(results::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidCurriculumException(problems);
        }
        return results;
    }
}
