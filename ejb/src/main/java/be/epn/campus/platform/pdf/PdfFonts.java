package be.epn.campus.platform.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF document: DejaVu Sans regular and bold for text, DejaVu Sans Mono bold for what a
 * person must type exactly (a username, an address), where {@code l}, {@code 1}, {@code I}, {@code 0} and
 * {@code O} must not be confused.
 *
 * <p>The fonts come from the class path (the {@code net.sf.jasperreports:jasperreports-fonts} jar, which
 * carries DejaVu 2.37 under the Bitstream Vera licence), never from the system: a server has no reliable fonts.
 * Each is embedded as a subset, so a page carries only the glyphs it uses. DejaVu covers Latin (Polish,
 * Turkish, Vietnamese...), Greek, Cyrillic, Armenian, Georgian, Hebrew and the Arabic letters, but not CJK
 * scripts; PDFBox does not shape Arabic, so Arabic letters print unjoined (see {@link PdfText}).
 *
 * <p>Fonts are loaded on first use. An instance belongs to its document and, like it, to one thread.
 */
public final class PdfFonts {

    private static final String DIRECTORY = "/net/sf/jasperreports/fonts/dejavu/";
    static final String REGULAR = "DejaVuSans.ttf";
    static final String BOLD = "DejaVuSans-Bold.ttf";
    static final String MONO_BOLD = "DejaVuSansMono-Bold.ttf";

    private final PDDocument document;
    private PDFont regular;
    private PDFont bold;
    private PDFont monoBold;

    private PdfFonts(PDDocument document) {
        this.document = document;
    }

    /** The fonts for this document; nothing is loaded until a font is asked for. */
    public static PdfFonts of(PDDocument document) {
        if (document == null) {
            throw new IllegalArgumentException("PDF fonts need a document to embed into");
        }
        return new PdfFonts(document);
    }

    /** DejaVu Sans, embedded in the document as a subset. */
    public PDFont regular() {
        if (regular == null) {
            regular = load(REGULAR);
        }
        return regular;
    }

    /** DejaVu Sans Bold, embedded in the document as a subset. */
    public PDFont bold() {
        if (bold == null) {
            bold = load(BOLD);
        }
        return bold;
    }

    /** DejaVu Sans Mono Bold, embedded in the document as a subset: for text a person must copy exactly. */
    public PDFont monoBold() {
        if (monoBold == null) {
            monoBold = load(MONO_BOLD);
        }
        return monoBold;
    }

    private PDFont load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing from the class path under " + DIRECTORY
                        + ": is net.sf.jasperreports:jasperreports-fonts packaged with the application?");
            }
            return PDType0Font.load(document, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the font " + file, e);
        }
    }
}
