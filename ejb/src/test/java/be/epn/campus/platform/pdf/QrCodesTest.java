package be.epn.campus.platform.pdf;

import static be.epn.campus.platform.pdf.PdfUnits.mm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    private static final float X = mm(40);
    private static final float Y = mm(150);
    private static final float SIZE = mm(30);

    @Test
    void aDrawnCodeReadsBackToTheSameText() throws IOException {
        String url = "https://campus.example/login.xhtml?u=amina.b42";
        assertEquals(url, RenderedPages.decodeQr(pageWithCode(url), 200));
    }

    @Test
    void textBeyondAsciiReadsBackToo() throws IOException {
        String text = "https://campus.example/login.xhtml?u=łukasz.wróbel";
        assertEquals(text, RenderedPages.decodeQr(pageWithCode(text), 300));
    }

    @Test
    void theCodeIsVectorSquaresNotAnImage() throws IOException {
        try (PDDocument document = Loader.loadPDF(pageWithCode("https://campus.example/"))) {
            PDPage page = document.getPage(0);
            assertFalse(page.getResources().getXObjectNames().iterator().hasNext(), "no image on the page");
            String content = new String(page.getContents().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(content.contains(" re"), "rectangles in the content stream");
        }
    }

    @Test
    void theQuietZoneOfFourModulesIsPaintedWhiteEvenOnADarkPage() throws IOException {
        String url = "https://campus.example/login.xhtml?u=amina.b42";
        BufferedImage picture = RenderedPages.picture(pageWithCode(url), 300);
        int across = QrCodes.moduleCount(url) + 2 * QrCodes.QUIET_ZONE;
        float module = SIZE / across;
        for (int k = 0; k < QrCodes.QUIET_ZONE; k++) {
            for (int j = 0; j < across; j++) {
                float inner = (k + 0.5f) * module;
                float along = (j + 0.5f) * module;
                assertTrue(grey(picture, X + inner, Y + along) > 200, "left quiet zone, module " + k + "," + j);
                assertTrue(grey(picture, X + SIZE - inner, Y + along) > 200, "right quiet zone, module " + k + "," + j);
                assertTrue(grey(picture, X + along, Y + inner) > 200, "bottom quiet zone, module " + k + "," + j);
                assertTrue(grey(picture, X + along, Y + SIZE - inner) > 200, "top quiet zone, module " + k + "," + j);
            }
        }
        // The symbol starts right after four modules: the corner of the top-left finder pattern is dark.
        float corner = (QrCodes.QUIET_ZONE + 0.5f) * module;
        assertTrue(grey(picture, X + corner, Y + SIZE - corner) < 60, "finder pattern corner is dark");
        assertTrue(grey(picture, X - module, Y + SIZE / 2) < 100, "the page around the code stays dark");
    }

    @Test
    void smallCodesHaveFewerModulesThanLongOnes() {
        assertEquals(21, QrCodes.moduleCount("https://a.be/"));
        assertTrue(QrCodes.moduleCount("https://campus.example/login.xhtml?u=amina.b42") > 21);
    }

    @Test
    void emptyTextIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> QrCodes.moduleCount(""));
        assertTrue(refused.getMessage().contains("text"));
    }

    /** The grey level (0 black, 255 white) at a point given in PDF points on a picture rendered at 300 dpi. */
    private static int grey(BufferedImage picture, float x, float y) {
        float scale = 300 / 72f;
        int column = Math.round(x * scale);
        int row = Math.round((PDRectangle.A4.getHeight() - y) * scale);
        return picture.getRaster().getSample(column, row, 0);
    }

    private static byte[] pageWithCode(String text) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                // A dark page, so that a quiet zone left unpainted would show.
                out.setNonStrokingColor(0.2f);
                out.addRect(0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                out.fill();
                QrCodes.draw(out, text, X, Y, SIZE);
            }
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        }
    }
}
