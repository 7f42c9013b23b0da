package be.epn.campus.platform.pdf;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * QR codes drawn as vector squares: sharp at any zoom and on any printer, where a bitmap would blur or
 * be resampled. Error correction is level M (15 % of the symbol may be lost to a fold, a stain or a worn
 * print and it still reads), the usual choice for printed URLs.
 */
public final class QrCodes {

    /** The blank margin, in modules, that the QR standard requires around the symbol. */
    public static final int QUIET_ZONE = 4;

    private QrCodes() {
    }

    /**
     * The modules across the symbol for that text, without the quiet zone: 21 for the smallest code, four
     * more per version.
     */
    public static int moduleCount(String text) {
        return encode(text).getWidth();
    }

    /**
     * Draws the QR code of the text into a square whose lower-left corner is (x, y) and whose side is
     * {@code size} points, quiet zone included: the square is first painted white, so the code reads even
     * on a coloured background, then every dark module is filled black. The graphics state is left as found.
     *
     * @throws IllegalArgumentException if the text is empty or too long for a QR code
     */
    public static void draw(PDPageContentStream out, String text, float x, float y, float size) throws IOException {
        ByteMatrix modules = encode(text);
        int n = modules.getWidth();
        float module = size / (n + 2 * QUIET_ZONE);
        float top = y + size;
        out.saveGraphicsState();
        out.setNonStrokingColor(1f);
        out.addRect(x, y, size, size);
        out.fill();
        out.setNonStrokingColor(0f);
        for (int row = 0; row < n; row++) {
            float rowBottom = top - (QUIET_ZONE + row + 1) * module;
            int column = 0;
            while (column < n) {
                if (modules.get(column, row) != 1) {
                    column++;
                    continue;
                }
                // One rectangle per run of dark modules: a smaller file, and no hairline seams between them.
                int start = column;
                while (column < n && modules.get(column, row) == 1) {
                    column++;
                }
                out.addRect(x + (QUIET_ZONE + start) * module, rowBottom, (column - start) * module, module);
            }
        }
        out.fill();
        out.restoreGraphicsState();
    }

    private static ByteMatrix encode(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("A QR code needs a text to encode");
        }
        // Plain ASCII goes without a character set marker, which the oldest phone readers do not understand.
        Map<EncodeHintType, Object> hints = StandardCharsets.US_ASCII.newEncoder().canEncode(text)
                ? Map.of()
                : Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        try {
            return Encoder.encode(text, ErrorCorrectionLevel.M, hints).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot make a QR code of this text (" + text.length()
                    + " characters): " + e.getMessage(), e);
        }
    }
}
