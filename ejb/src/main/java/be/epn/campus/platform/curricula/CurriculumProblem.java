package be.epn.campus.platform.curricula;

/**
 * One thing wrong in a curriculum file, said so that its author can find and fix it: the file, the place
 * in it (a field path such as {@code areas[2].competences[0].title.nl}, or a line and column for a syntax
 * error), and what is wrong.
 */
public record CurriculumProblem(String file, String place, String message) {

    @Override
    public String toString() {
        return file + ": " + place + ": " + message;
    }
}
