package be.epn.campus.curriculum.documents;

import be.epn.campus.curriculum.documents.DocumentRefusedException.Reason;
import be.epn.campus.curriculum.model.DocumentFacts;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.Parser;

/**
 * Reads what a module's file really is, from its content and not from its name, and for documents
 * their text and metadata for search. Bounded in size and in time: a hostile file is refused, it never
 * harms the server.
 *
 * <p>In order: the size (before anything is read); for zip-shaped files, a streamed inflation count
 * ({@link ContainerCheck}); the type, detected by Tika from the bytes alone (never shown the name), which must
 * be the one the extension promises; then documents are parsed ({@link TikaReader}) and SVG pictures
 * scanned for active content ({@link SvgCheck}). PNG and JPEG pictures are only typed.
 */
public final class DocumentInspector {

    private static final long MB = 1024L * 1024L;

    /**
     * @param maxFileBytes        larger files are refused unread
     * @param timeout             time allowed to parse one document
     * @param maxTextChars        text kept for search; a longer document keeps its beginning (write limit)
     * @param maxCompressionRatio inflated bytes per zipped byte of one part (past 1 MB), and characters of text
     *                            per byte of file (past 1 M characters, SecureContentHandler)
     * @param maxDepth            nesting of elements in the parsed document (SecureContentHandler)
     * @param maxUnpackedBytes    what a DOCX/PPTX/ODT/ODP may unpack to, all parts together
     */
    public record Limits(long maxFileBytes, Duration timeout, int maxTextChars, long maxCompressionRatio, int maxDepth,
                         long maxUnpackedBytes) {

        /** 20 MB, 20 s, 2 M characters, 100 to 1, depth 100, 200 MB unpacked. */
        public static final Limits DEFAULTS = new Limits(20 * MB, Duration.ofSeconds(20), 2_000_000, 100, 100, 200 * MB);

        public Limits {
            Objects.requireNonNull(timeout, "timeout");
            if (maxFileBytes < 1 || timeout.isNegative() || timeout.isZero() || maxTextChars < 1 || maxCompressionRatio < 1
                    || maxDepth < 1 || maxUnpackedBytes < 1) {
                throw new IllegalArgumentException("document limits must be positive");
            }
        }

        public Limits withTimeout(Duration shorter) {
            return new Limits(maxFileBytes, shorter, maxTextChars, maxCompressionRatio, maxDepth, maxUnpackedBytes);
        }

        public Limits withMaxFileBytes(long bytes) {
            return new Limits(bytes, timeout, maxTextChars, maxCompressionRatio, maxDepth, maxUnpackedBytes);
        }
    }

    /** Shared by the inspectors with default limits: building Tika's parser registry is slow. */
    private static final class DefaultParser {
        static final Parser INSTANCE = TikaReader.autoDetectParser(Limits.DEFAULTS);
    }

    private static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();

    private static final String ACCEPTED = Arrays.stream(FileKind.values())
            .map(k -> k.name()).collect(Collectors.joining(", "));

    private final Limits limits;
    private final TikaReader reader;

    public DocumentInspector() {
        this(Limits.DEFAULTS);
    }

    public DocumentInspector(Limits limits) {
        this(limits, limits.equals(Limits.DEFAULTS) ? DefaultParser.INSTANCE : TikaReader.autoDetectParser(limits));
    }

    /** For tests: another parser (one that can be slowed down, say) in place of Tika's AutoDetectParser. */
    DocumentInspector(Limits limits, Parser parser) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.reader = new TikaReader(limits, parser);
    }

    /**
     * @param path      the file's path in its module ("resources/form.fr.pdf"): its extension says what the
     *                  module's author expects, the content must agree
     * @param content   the whole file
     * @return the detected media type, and title, language, page count and text for documents
     * @throws DocumentRefusedException when the file is too large, is not what its extension says, is
     *                                  encrypted, broken, a bomb, or takes too long to read
     */
    public DocumentFacts inspect(String path, byte[] content) throws DocumentRefusedException {
        FileKind kind = FileKind.ofPath(path).orElseThrow(() -> new DocumentRefusedException(Reason.UNSUPPORTED_TYPE,
                unsupported(FileKind.extension(path))));
        if (content.length > limits.maxFileBytes()) {
            throw new DocumentRefusedException(Reason.TOO_LARGE, "this file is " + size(content.length)
                    + ": files may be at most " + size(limits.maxFileBytes()));
        }
        if (content.length == 0) {
            throw new DocumentRefusedException(Reason.BROKEN, "this file is empty");
        }
        if (ContainerCheck.looksLikeZip(content)) {
            ContainerCheck.check(content, limits);
        }
        String detected = detect(content);
        String extension = FileKind.extension(path);
        if (detected.equals(FileKind.PROTECTED_OOXML) && kind.isOoxml()) {
            throw new DocumentRefusedException(Reason.ENCRYPTED, "this file is protected by a password: "
                    + "save it again without a password (and without encryption)");
        }
        if (!detected.equals(kind.mediaType())) {
            throw new DocumentRefusedException(Reason.TYPE_MISMATCH, "this ." + extension + " file is really "
                    + TypeNames.describe(detected) + " (" + detected + "), not " + kind.description());
        }
        if (kind == FileKind.PDF && !endsLikeAPdf(content)) {
            // PDFBox repairs what it can, so a cut file may still half-read; its end marker is gone, though
            throw new DocumentRefusedException(Reason.BROKEN, "this file is damaged or is not a real PDF document"
                    + " (it stops before its end: was the download or the copy cut short?)");
        }
        if (kind == FileKind.SVG) {
            SvgCheck.check(content);
        }
        if (!kind.isDocument()) {
            return new DocumentFacts(detected, null, null, null, null);
        }
        DocumentText read = reader.read(content, kind);
        Metadata metadata = read.metadata();
        String text = read.text().strip();
        return new DocumentFacts(detected, title(metadata.get(TikaCoreProperties.TITLE)),
                Languages.of(metadata.get(TikaCoreProperties.LANGUAGE), text), pages(metadata), text);
    }

    /** Tika's detector, given the bytes and nothing else: no file name to lean on. */
    private static String detect(byte[] content) throws DocumentRefusedException {
        try (InputStream in = TikaInputStream.get(content)) {
            return DETECTOR.detect(in, new Metadata()).getBaseType().toString();
        } catch (IOException e) {
            throw new DocumentRefusedException(Reason.BROKEN, "this file could not be read", e);
        }
    }

    /** A PDF ends with "%%EOF", give or take a few bytes: readers look for it in the last kilobyte. */
    static boolean endsLikeAPdf(byte[] content) {
        int from = Math.max(0, content.length - 1024);
        String tail = new String(content, from, content.length - from, java.nio.charset.StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    private static String title(String title) {
        return title == null || title.isBlank() ? null : title.strip();
    }

    private static Integer pages(Metadata metadata) {
        for (org.apache.tika.metadata.Property property : new org.apache.tika.metadata.Property[] {
                PagedText.N_PAGES, Office.PAGE_COUNT, Office.SLIDE_COUNT}) {
            Integer count = metadata.getInt(property);
            if (count != null && count > 0) {
                return count;
            }
        }
        return null;
    }

    private static String unsupported(String extension) {
        return (extension.isEmpty() ? "files without an extension" : "files ending in ." + extension)
                + " are not accepted: use " + ACCEPTED;
    }

    private static String size(long bytes) {
        return bytes >= MB ? String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) MB) : bytes + " bytes";
    }
}
