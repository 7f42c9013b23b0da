package be.epn.campus.platform.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A text laid out to fit a width: the font size chosen and the lines it breaks into. Every line is printable in
 * the font (see {@link PdfText#printable}) and no wider than the width asked for.
 *
 * @param fontSize the size in points to set every line at
 * @param lines    one or more lines, in reading order
 */
public record FittedText(float fontSize, List<String> lines) {

    /** Sizes are tried in steps this large, in points. */
    static final float SIZE_STEP = 0.5f;
    private static final String ELLIPSIS = "\u2026";

    public FittedText {
        lines = List.copyOf(lines);
    }

    /**
     * Fits a text into at most {@code maxLines} lines of {@code maxWidth} points: first on one line at the
     * largest size that fits (from {@code largest} down to {@code smallest}), then on more lines, breaking at
     * spaces (inside a word only when the word alone is too wide); when even {@code maxLines} lines at the
     * smallest size are not enough, the last line is cut and ends with "…". Guarantees: at most
     * {@code maxLines} lines, each no wider than {@code maxWidth} (unless one single character is wider than
     * that), at a size between the two bounds.
     */
    public static FittedText fit(PDFont font, String text, float maxWidth, float largest, float smallest, int maxLines) {
        if (maxLines < 1 || smallest <= 0 || smallest > largest || maxWidth <= 0) {
            throw new IllegalArgumentException("Cannot fit text in " + maxLines + " lines of " + maxWidth
                    + " pt at sizes " + smallest + " to " + largest);
        }
        String printable = PdfText.printable(font, text);
        for (int lineCount = 1; lineCount <= maxLines; lineCount++) {
            for (float size = largest; size >= smallest - 0.001f; size -= SIZE_STEP) {
                List<String> lines = wrap(font, size, printable, maxWidth);
                if (lines.size() <= lineCount) {
                    return new FittedText(size, lines);
                }
            }
        }
        List<String> lines = wrap(font, smallest, printable, maxWidth);
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines - 1));
        kept.add(cut(font, smallest, String.join(" ", lines.subList(maxLines - 1, lines.size())), maxWidth));
        return new FittedText(smallest, kept);
    }

    /**
     * Breaks a text into as many lines as it needs, none wider than {@code maxWidth} at that size: at spaces,
     * and inside a word only when the word alone is too wide. An empty text gives no lines.
     */
    public static List<String> wrap(PDFont font, float size, String text, float maxWidth) {
        List<String> lines = new ArrayList<>();
        float space = PdfText.width(font, size, " ");
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : PdfText.printable(font, text).split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            float wordWidth = PdfText.width(font, size, word);
            if (line.length() > 0 && lineWidth + space + wordWidth <= maxWidth) {
                line.append(' ').append(word);
                lineWidth += space + wordWidth;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
            while (wordWidth > maxWidth) {
                int end = longestPrefix(font, size, word, maxWidth, 0);
                lines.add(word.substring(0, end));
                word = word.substring(end);
                wordWidth = PdfText.width(font, size, word);
            }
            line = new StringBuilder(word);
            lineWidth = wordWidth;
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The widest start of the text that, followed by "…", fits; the whole text when it fits as it is. */
    private static String cut(PDFont font, float size, String text, float maxWidth) {
        if (PdfText.width(font, size, text) <= maxWidth) {
            return text;
        }
        String ellipsis = PdfText.canEncode(font, ELLIPSIS.codePointAt(0)) ? ELLIPSIS : "...";
        int end = longestPrefix(font, size, text, maxWidth, PdfText.width(font, size, ellipsis));
        return text.substring(0, end).stripTrailing() + ellipsis;
    }

    /**
     * The length of the longest start of the text that fits in the width with room for a suffix that wide;
     * at least one code point, so that wrapping always moves on. Glyph widths add up (PDFBox does not kern).
     */
    private static int longestPrefix(PDFont font, float size, String text, float maxWidth, float suffixWidth) {
        int end = text.offsetByCodePoints(0, 1);
        float width = PdfText.width(font, size, text.substring(0, end));
        while (end < text.length()) {
            int next = text.offsetByCodePoints(end, 1);
            width += PdfText.width(font, size, text.substring(end, next));
            if (width + suffixWidth > maxWidth) {
                break;
            }
            end = next;
        }
        return end;
    }
}
