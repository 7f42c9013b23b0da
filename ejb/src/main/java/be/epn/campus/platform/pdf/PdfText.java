package be.epn.campus.platform.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Bidi;
import java.text.Normalizer;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text made safe for a font, measured and drawn. PDFBox throws on any character the font has no glyph for;
 * a learner's name must never make printing fail, so text goes through {@link #printable} first.
 *
 * <p>Known limit: PDFBox lays glyphs out one after the other and does no shaping. Right-to-left runs (Arabic,
 * Hebrew) are put in visual order when drawn, so they read in the right direction, but Arabic letters keep
 * their isolated forms instead of joining. Combining accents are composed first (NFC), so Vietnamese prints
 * with the font's precomposed letters.
 */
public final class PdfText {

    /** Printed in place of a character the font cannot draw. */
    public static final char MISSING = '?';

    private PdfText() {
    }

    /**
     * The text as the font can print it: composed (NFC), every run of spaces, tabs or line breaks made one
     * space (no-break spaces are kept), invisible format and control characters removed, and every character
     * the font has no glyph for replaced by {@link #MISSING}. Never throws for a non-null text; null gives "".
     */
    public static String printable(PDFont font, String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().forEach(c -> {
            if (c == '\u00A0' || c == '\u202F') {
                out.append(canEncode(font, c) ? Character.toString(c) : "\u00A0");
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else if (Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT) {
                // zero-width joiners, direction marks: nothing to draw
            } else {
                out.append(canEncode(font, c) ? Character.toString(c) : String.valueOf(MISSING));
            }
        });
        return out.toString().strip();
    }

    /** Whether the font has a glyph for the code point. */
    public static boolean canEncode(PDFont font, int codePoint) {
        try {
            font.encode(Character.toString(codePoint));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** The width in points of printable text (see {@link #printable}) set in the font at that size. */
    public static float width(PDFont font, float size, String printableText) {
        try {
            return font.getStringWidth(printableText) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Draws one line with its left end at (x, baseline y). The text is made printable first, then right-to-left
     * runs are reversed into visual order; the line is never wrapped or cut.
     */
    public static void show(PDPageContentStream out, PDFont font, float size, float x, float y, String line)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(visualOrder(printable(font, line)));
        out.endText();
    }

    /** The line in the order its characters appear left to right on the page (Unicode bidirectional algorithm). */
    static String visualOrder(String line) {
        char[] chars = line.toCharArray();
        if (!Bidi.requiresBidi(chars, 0, chars.length)) {
            return line;
        }
        Bidi bidi = new Bidi(line, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        String[] parts = new String[runs];
        for (int i = 0; i < runs; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            String part = line.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            parts[i] = (levels[i] & 1) == 1 ? new StringBuilder(part).reverse().toString() : part;
        }
        Bidi.reorderVisually(levels, 0, parts, 0, runs);
        return String.join("", parts);
    }
}
