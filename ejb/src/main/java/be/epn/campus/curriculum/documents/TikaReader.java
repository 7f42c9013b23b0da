package be.epn.campus.curriculum.documents;

import be.epn.campus.curriculum.documents.DocumentRefusedException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.SecureContentHandler;
import org.xml.sax.ContentHandler;

/**
 * Reads a document's text and metadata with Tika's AutoDetectParser, on a {@link ReadingPool} thread, within
 * the inspector's limits: time, text length, and SecureContentHandler's guards (compression ratio of text to
 * bytes, element depth, nesting of packages). Embedded files (attachments, objects inside a DOCX) are not
 * opened at all: their text is not needed, and each would be one more parser to attack.
 */
final class TikaReader {

    private static final long SECURE_OUTPUT_THRESHOLD = 1_000_000;

    private final DocumentInspector.Limits limits;
    private final Parser parser;

    TikaReader(DocumentInspector.Limits limits, Parser parser) {
        this.limits = limits;
        this.parser = parser;
    }

    /** The default parser, configured once: building Tika's registry of parsers takes a while. */
    static Parser autoDetectParser(DocumentInspector.Limits limits) {
        AutoDetectParser parser = new AutoDetectParser(TikaConfig.getDefaultConfig());
        // applied by AutoDetectParser itself: it wraps our handler in a SecureContentHandler with these
        parser.setAutoDetectParserConfig(new AutoDetectParserConfig(null, SECURE_OUTPUT_THRESHOLD,
                limits.maxCompressionRatio(), limits.maxDepth(), 2));
        return parser;
    }

    DocumentText read(byte[] content, FileKind kind) throws DocumentRefusedException {
        Future<DocumentText> work;
        try {
            work = ReadingPool.EXECUTOR.submit(() -> parse(content));
        } catch (RejectedExecutionException e) {
            throw new DocumentRefusedException(Reason.TIMEOUT,
                    "the server is busy reading other documents: try again in a few minutes", e);
        }
        try {
            return work.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            work.cancel(true); // interrupts the worker; InterruptibleHandler makes it stop at its next text
            throw new DocumentRefusedException(Reason.TIMEOUT, "this file took too long to read (more than "
                    + seconds() + "): it may be damaged or far too complex", e);
        } catch (InterruptedException e) {
            work.cancel(true);
            Thread.currentThread().interrupt();
            throw new DocumentRefusedException(Reason.TIMEOUT, "reading this file was interrupted", e);
        } catch (ExecutionException e) {
            throw refusal(e.getCause(), kind);
        }
    }

    private DocumentText parse(byte[] content) throws Exception {
        BodyContentHandler text = new BodyContentHandler(limits.maxTextChars());
        ContentHandler handler = new InterruptibleHandler(text);
        Metadata metadata = new Metadata();
        try (InputStream in = TikaInputStream.get(content)) {
            parser.parse(in, handler, metadata, context());
        } catch (Exception e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                // a long document: its beginning is enough for search
                return new DocumentText(metadata, text.toString());
            }
            throw e;
        }
        return new DocumentText(metadata, text.toString());
    }

    private static ParseContext context() {
        ParseContext context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, new SkipEmbedded());
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR); // never start an OCR engine on the server
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true); // streaming: a huge document.xml is never held as a DOM
        office.setUseSAXPptxExtractor(true);
        office.setExtractMacros(false);
        context.set(OfficeParserConfig.class, office);
        return context;
    }

    /** Words for what went wrong; the parser's exception stays the cause, for the log only. */
    private DocumentRefusedException refusal(Throwable failure, FileKind kind) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth++ < 32; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException) {
                return new DocumentRefusedException(Reason.ENCRYPTED, "this file is protected by a password: "
                        + "save it again without a password (and without encryption)", failure);
            }
            if (isBomb(t)) {
                return new DocumentRefusedException(Reason.BOMB, "this file holds far more than its size suggests "
                        + "(compressed too much, nested too deeply, or too large once unpacked): refused as a compression bomb", failure);
            }
            if (t instanceof InterruptibleHandler.Interrupted) {
                return new DocumentRefusedException(Reason.TIMEOUT, "this file took too long to read", failure);
            }
        }
        String name = kind.description().replaceFirst("^an? ", "");
        return new DocumentRefusedException(Reason.BROKEN, "this file is damaged or is not a real " + name, failure);
    }

    private static boolean isBomb(Throwable t) {
        // SecureContentHandler's own exception; POI's zip-bomb guard; Tika's memory guard; a blown stack or heap
        return t.getClass().getEnclosingClass() == SecureContentHandler.class
                || t instanceof TikaMemoryLimitException
                || t instanceof StackOverflowError || t instanceof OutOfMemoryError
                || (t instanceof IOException && String.valueOf(t.getMessage()).contains("Zip bomb detected"));
    }

    private String seconds() {
        long millis = limits.timeout().toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " seconds" : millis + " ms";
    }

    /** Embedded files are neither parsed nor extracted. */
    private static final class SkipEmbedded implements EmbeddedDocumentExtractor {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never called: shouldParseEmbedded says no
        }
    }
}
