package be.epn.campus.curriculum.documents;

import org.apache.tika.metadata.Metadata;

/** What a parse gave: the metadata, and the text (only its beginning, when longer than the write limit). */
record DocumentText(Metadata metadata, String text) {
}
