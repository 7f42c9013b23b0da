package be.epn.campus.it;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Reads the QR code printed on the first page of a PDF, as a phone camera would. */
public final class QrCodes {

    private QrCodes() {
    }

    /** Looks for a QR code only, and harder, at a few resolutions: as a phone refocuses, so must a test. */
    private static final Map<DecodeHintType, Object> HINTS = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));

    public static String decodeFirstPage(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            NotFoundException last = null;
            for (int dpi : new int[] {200, 300, 150}) {
                BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, dpi);
                try {
                    return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
                            HINTS).getText();
                } catch (NotFoundException e) {
                    last = e;
                }
            }
            throw new AssertionError("No QR code found on the card", last);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
