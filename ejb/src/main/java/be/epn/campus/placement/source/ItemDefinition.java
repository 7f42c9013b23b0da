package be.epn.campus.placement.source;

import be.epn.campus.curriculum.source.Question;

/**
 * One placement item as its file describes it: a quiz question (the module format, scored by the same quiz
 * engine) that measures one competence at one level.
 *
 * @param id         unique in the whole bank; the question's own id
 * @param framework  the framework of the competence, e.g. {@code digcomp-2.2}
 * @param competence the competence code, e.g. {@code 1.1}
 * @param file       the file it comes from, relative to the curricula root (for messages)
 * @param place      where in that file, e.g. {@code items[3]}
 */
public record ItemDefinition(String id, String framework, String competence, int level, ItemParameters parameters,
                             Question question, String file,
                             String place) {
}
