package be.epn.campus.progress.service;

import be.epn.campus.curriculum.source.Question;

/**
 * What answering did: right or not, the question's teaching feedback, and whether this answer had already
 * been given (a double click, a second tab: the first answer is the one that counts).
 */
public record AnswerOutcome(String questionKey, boolean correct, Question.Feedback feedback, boolean repeated) {
}
