package be.epn.campus.curriculum.documents;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The kinds of file a module may carry, by extension, with the one media type each must really have. */
enum FileKind {

    PDF(Set.of("pdf"), "application/pdf", "a PDF document", true, false),
    DOCX(Set.of("docx"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "a Word document (.docx)", true, true),
    PPTX(Set.of("pptx"), "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "a PowerPoint presentation (.pptx)", true, true),
    ODT(Set.of("odt"), "application/vnd.oasis.opendocument.text", "an OpenDocument text (.odt)", true, true),
    ODP(Set.of("odp"), "application/vnd.oasis.opendocument.presentation", "an OpenDocument presentation (.odp)", true, true),
    PNG(Set.of("png"), "image/png", "a PNG picture", false, false),
    JPEG(Set.of("jpg", "jpeg"), "image/jpeg", "a JPEG picture", false, false),
    SVG(Set.of("svg"), "image/svg+xml", "an SVG picture", false, false);

    /** What Tika calls an OOXML file wrapped in password encryption (an OLE2 container). */
    static final String PROTECTED_OOXML = "application/x-tika-ooxml-protected";

    private final Set<String> extensions;
    private final String mediaType;
    private final String description;
    private final boolean document;
    private final boolean zipContainer;

    FileKind(Set<String> extensions, String mediaType, String description, boolean document, boolean zipContainer) {
        this.extensions = extensions;
        this.mediaType = mediaType;
        this.description = description;
        this.document = document;
        this.zipContainer = zipContainer;
    }

    static Optional<FileKind> ofPath(String path) {
        String extension = extension(path);
        return Arrays.stream(values()).filter(k -> k.extensions.contains(extension)).findFirst();
    }

    static String extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
    }

    String mediaType() {
        return mediaType;
    }

    /** "a PDF document": for messages. */
    String description() {
        return description;
    }

    /** Documents have text to read; pictures only have a type. */
    boolean isDocument() {
        return document;
    }

    /** OOXML and ODF files are zips, and can be zip bombs. */
    boolean isZipContainer() {
        return zipContainer;
    }

    boolean isOoxml() {
        return this == DOCX || this == PPTX;
    }
}
