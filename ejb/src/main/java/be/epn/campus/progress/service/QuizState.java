package be.epn.campus.progress.service;

import be.epn.campus.curriculum.source.Activity;
import be.epn.campus.curriculum.source.Question;
import java.util.List;

/**
 * A quiz as the learner meets it now: the attempt, the question to answer next (null once every question is
 * answered), how far along they are, and for a finished attempt its score. {@code lastFeedback} is what the
 * previous answer taught, shown above the next question.
 */
public record QuizState(String moduleKey, Activity.Quiz quiz, long attemptId, int attemptNumber, List<String> questionKeys,
                        int answered, Question current, boolean finished, Integer score, Boolean passed,
                        AnswerOutcome lastFeedback) {

    public int total() {
        return questionKeys.size();
    }

    /** 1-based number of the current question. */
    public int position() {
        return Math.min(answered + 1, total());
    }
}
