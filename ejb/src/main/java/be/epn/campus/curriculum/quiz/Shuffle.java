package be.epn.campus.curriculum.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Choices, pairs and items shown in an order that depends only on the attempt and the question: the same on
 * every computer, so that a learner who resumes elsewhere sees exactly the screen they left, and different
 * from the file's order, so that "the first one" is never the answer by habit.
 */
public final class Shuffle {

    private Shuffle() {
    }

    public static <T> List<T> of(List<T> items, long attemptId, String questionId) {
        List<T> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, new Random(attemptId * 31 + questionId.hashCode()));
        if (shuffled.size() > 1 && shuffled.equals(items)) {
            Collections.rotate(shuffled, 1);
        }
        return shuffled;
    }
}
