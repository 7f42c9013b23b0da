package be.epn.campus.platform.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * A column of text flowing down a page: paragraphs are wrapped to the column width and set one below the
 * other from a cursor that moves down. PDF has no text flow of its own, so every document that prints
 * running text (instructions, certificates) needs this.
 */
public final class PdfColumn {

    /** Line height as a multiple of the font size: generous, for readers who lose their place. */
    public static final float LEADING = 1.35f;

    private final PDPageContentStream out;
    private final float left;
    private final float width;
    private float cursor;

    /**
     * A column whose left edge is at x = {@code left}, {@code width} points wide, starting at y = {@code top}.
     */
    public PdfColumn(PDPageContentStream out, float left, float width, float top) {
        if (width <= 0) {
            throw new IllegalArgumentException("A column needs a positive width, not " + width);
        }
        this.out = out;
        this.left = left;
        this.width = width;
        this.cursor = top;
    }

    /**
     * Sets the text at the cursor, wrapped to the column width less {@code indent} (see
     * {@link FittedText#wrap}), with its glyphs' tops at the cursor, and moves the cursor just below the last
     * line. An empty text draws nothing and leaves the cursor where it is.
     */
    public void paragraph(PDFont font, float size, String text, float indent) throws IOException {
        float baseline = firstBaseline(font, size);
        for (String line : FittedText.wrap(font, size, text, width - indent)) {
            PdfText.show(out, font, size, left + indent, baseline, line);
            cursor = baseline - descent(font) * size;
            baseline -= size * LEADING;
        }
    }

    /** {@link #paragraph(PDFont, float, String, float)} from the left edge of the column. */
    public void paragraph(PDFont font, float size, String text) throws IOException {
        paragraph(font, size, text, 0);
    }

    /**
     * The baseline the next paragraph's first line will have in that font and size: to align something with
     * it, such as a step number or an icon.
     */
    public float firstBaseline(PDFont font, float size) {
        return cursor - ascent(font) * size;
    }

    /** Moves the cursor down by that many points. */
    public void space(float points) {
        cursor -= points;
    }

    /** Where the next paragraph's top will be. */
    public float cursor() {
        return cursor;
    }

    public float left() {
        return left;
    }

    public float width() {
        return width;
    }

    // Font metrics are in thousandths of the size; DejaVu Sans's values stand in when a font lacks them.
    private static float ascent(PDFont font) {
        PDFontDescriptor descriptor = font.getFontDescriptor();
        return descriptor == null || descriptor.getAscent() <= 0 ? 0.93f : descriptor.getAscent() / 1000f;
    }

    private static float descent(PDFont font) {
        PDFontDescriptor descriptor = font.getFontDescriptor();
        return descriptor == null || descriptor.getDescent() >= 0 ? 0.24f : -descriptor.getDescent() / 1000f;
    }
}
