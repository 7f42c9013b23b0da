package be.epn.campus.platform.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FittedTextTest {

    private static final float WIDTH = 120;

    private PDDocument document;
    private PDFont font;

    @BeforeEach
    void open() {
        document = new PDDocument();
        font = PdfFonts.of(document).bold();
    }

    @AfterEach
    void close() throws IOException {
        document.close();
    }

    @Test
    void aShortTextKeepsTheLargestSizeOnOneLine() {
        FittedText fitted = FittedText.fit(font, "Amina B.", WIDTH, 14, 7, 2);
        assertEquals(14, fitted.fontSize());
        assertEquals(List.of("Amina B."), fitted.lines());
    }

    @Test
    void aLongerTextShrinksBeforeItWraps() {
        String name = "Amina Benali-Abdelkader";
        assertTrue(PdfText.width(font, 14, name) > WIDTH, "the test needs a name too wide at 14 pt");
        FittedText fitted = FittedText.fit(font, name, WIDTH, 14, 7, 2);
        assertEquals(List.of(name), fitted.lines());
        assertTrue(fitted.fontSize() < 14 && fitted.fontSize() >= 7);
        assertTrue(PdfText.width(font, fitted.fontSize(), name) <= WIDTH);
        assertTrue(PdfText.width(font, fitted.fontSize() + FittedText.SIZE_STEP, name) > WIDTH, "the largest size that fits");
    }

    @Test
    void aTextTooWideAtTheSmallestSizeWrapsOnTwoLinesAtSpaces() {
        String name = "Maria Fernanda Guadalupe de los Santos Rodríguez";
        assertTrue(PdfText.width(font, 7, name) > WIDTH, "the test needs a name too wide at 7 pt");
        FittedText fitted = FittedText.fit(font, name, WIDTH, 14, 7, 2);
        assertEquals(2, fitted.lines().size());
        assertEquals(name, String.join(" ", fitted.lines()));
        fitted.lines().forEach(line -> assertTrue(PdfText.width(font, fitted.fontSize(), line) <= WIDTH, line));
    }

    @Test
    void whatStillDoesNotFitIsCutWithAnEllipsis() {
        String name = "Abcdefghij Klmnopqrst ".repeat(9) + "Uvwxy";
        assertEquals(203, name.length());
        FittedText fitted = FittedText.fit(font, name, WIDTH, 14, 7, 2);
        assertEquals(7, fitted.fontSize());
        assertEquals(2, fitted.lines().size());
        assertTrue(fitted.lines().get(1).endsWith("…"), fitted.lines().get(1));
        assertTrue(name.startsWith(fitted.lines().get(0)));
        fitted.lines().forEach(line -> assertTrue(PdfText.width(font, 7, line) <= WIDTH, line));
    }

    @Test
    void aWordWithoutSpacesIsBrokenInsideAndCut() {
        String word = "x".repeat(200);
        FittedText fitted = FittedText.fit(font, word, WIDTH, 14, 7, 2);
        assertEquals(2, fitted.lines().size());
        assertTrue(fitted.lines().get(0).matches("x+"));
        assertTrue(fitted.lines().get(1).matches("x+…"));
        fitted.lines().forEach(line -> assertTrue(PdfText.width(font, 7, line) <= WIDTH, line));
    }

    @Test
    void wrappingKeepsEveryWordInOrder() {
        String text = "Ouvrez EPN Campus : scannez le code QR avec un téléphone. Ou tapez cette adresse :";
        List<String> lines = FittedText.wrap(font, 16, text, 200);
        assertTrue(lines.size() > 2);
        assertEquals(text, String.join(" ", lines));
        lines.forEach(line -> assertTrue(PdfText.width(font, 16, line) <= 200, line));
    }

    @Test
    void impossibleBoxesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> FittedText.fit(font, "A", WIDTH, 7, 14, 2));
        assertThrows(IllegalArgumentException.class, () -> FittedText.fit(font, "A", WIDTH, 14, 7, 0));
        assertThrows(IllegalArgumentException.class, () -> FittedText.fit(font, "A", 0, 14, 7, 1));
    }
}
