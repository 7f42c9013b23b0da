package be.epn.campus.platform.pdf;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PdfTextTest {

    private PDDocument document;
    private PDFont font;

    @BeforeEach
    void open() {
        document = new PDDocument();
        font = PdfFonts.of(document).regular();
    }

    @AfterEach
    void close() throws IOException {
        document.close();
    }

    @Test
    void namesTheFontCoversAreKeptAsTheyAre() {
        for (String name : PdfFontsTest.NAMES_IN_MANY_SCRIPTS) {
            assertEquals(name, PdfText.printable(font, name));
        }
    }

    @Test
    void decomposedAccentsAreComposedSoThePrecomposedGlyphsAreUsed() {
        String decomposed = Normalizer.normalize("Nguyễn Thị Hoa", Normalizer.Form.NFD);
        assertTrue(decomposed.length() > "Nguyễn Thị Hoa".length());
        assertEquals("Nguyễn Thị Hoa", PdfText.printable(font, decomposed));
    }

    @Test
    void charactersTheFontLacksBecomeAQuestionMarkInsteadOfFailing() {
        // DejaVu has no Chinese or Korean characters.
        assertEquals("Wang ?? ?", PdfText.printable(font, "Wang 王芳 김"));
    }

    @Test
    void spacesAreCollapsedAndInvisibleCharactersDropped() {
        assertEquals("Amina Benali", PdfText.printable(font, "  Amina\t\n Ben\u200Dali\u200E "));
        assertEquals("", PdfText.printable(font, null));
        assertEquals("Votre EPN\u00A0:", PdfText.printable(font, "Votre EPN\u00A0:"));
    }

    @Test
    void arabicIsDrawnRightToLeftWithoutFailing() throws IOException {
        String arabic = "محمد";
        assertEquals(arabic, PdfText.printable(font, arabic));
        assertEquals(new StringBuilder(arabic).reverse().toString(), PdfText.visualOrder(arabic));
        assertEquals("Ali " + new StringBuilder(arabic).reverse(), PdfText.visualOrder("Ali " + arabic));
        assertEquals("Ali Benali", PdfText.visualOrder("Ali Benali"));

        byte[] pdf = assertDoesNotThrow(() -> PdfFontsTest.onePage(
                (fonts, out) -> PdfText.show(out, fonts.bold(), 14, 72, 700, "محمد عبد الله")));
        String text = RenderedPages.text(pdf);
        for (char letter : arabic.toCharArray()) {
            assertTrue(text.indexOf(letter) >= 0, "letter " + letter + " in " + text);
        }
    }

    @Test
    void widthGrowsWithTextAndSize() {
        float small = PdfText.width(font, 10, "Amina");
        assertTrue(small > 0);
        assertEquals(2 * small, PdfText.width(font, 20, "Amina"), 0.01);
        assertTrue(PdfText.width(font, 10, "Amina Benali") > small);
    }
}
