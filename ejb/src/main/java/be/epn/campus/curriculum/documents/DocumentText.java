package be.epn.campus.curriculum.documents;

import org.apache.tika.metadata.Metadata;

/** What a parse gave: the metadata, the text (cut at the write limit when {@code truncated}). */
record DocumentText(Metadata metadata, String text, boolean truncated) {
}
