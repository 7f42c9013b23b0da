package be.epn.campus.curriculum.model;

/** What was read out of a document file when its module was loaded (null text for non-documents). */
public record DocumentFacts(String mediaType, String title, String language, Integer pages, String text) {
}
