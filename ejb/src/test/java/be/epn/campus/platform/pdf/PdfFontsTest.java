package be.epn.campus.platform.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class PdfFontsTest {

    static final List<String> NAMES_IN_MANY_SCRIPTS = List.of(
            "Łukasz Wróbel", "Ayşe Yılmaz", "Nguyễn Thị Hoa", "Ольга Петрова", "Θεοδώρα", "Zoë Ğüneş-Čapek");

    @Test
    void namesInManyScriptsComeBackFromThePdfAsWritten() throws IOException {
        byte[] pdf = onePage((fonts, out) -> {
            float y = 700;
            for (String name : NAMES_IN_MANY_SCRIPTS) {
                PdfText.show(out, fonts.regular(), 14, 72, y, name);
                PdfText.show(out, fonts.bold(), 14, 300, y, name);
                y -= 30;
            }
        });
        String text = RenderedPages.text(pdf);
        for (String name : NAMES_IN_MANY_SCRIPTS) {
            assertTrue(text.contains(name), name + " in " + text);
        }
    }

    @Test
    void theFontsAreEmbeddedAsSubsetsAndOnlyThoseUsed() throws IOException {
        byte[] pdf = onePage((fonts, out) -> {
            PdfText.show(out, fonts.regular(), 12, 72, 700, "Ayşe");
            PdfText.show(out, fonts.monoBold(), 12, 72, 680, "ayse.y7");
        });
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> embedded = new ArrayList<>();
            for (COSName name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                // A subset's name starts with six capitals and a plus sign.
                assertTrue(font.getName().matches("[A-Z]{6}\\+DejaVuSans.*"), font.getName());
                embedded.add(font.getName().substring(7));
            }
            assertEquals(List.of("DejaVuSans", "DejaVuSansMono-Bold"), embedded.stream().sorted().toList());
        }
        assertTrue(pdf.length < 60_000, "a subset, not the 750 kB font: " + pdf.length + " bytes");
    }

    @Test
    void aDocumentIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> PdfFonts.of(null));
    }

    interface Drawing {
        void draw(PdfFonts fonts, PDPageContentStream out) throws IOException;
    }

    static byte[] onePage(Drawing drawing) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PdfFonts fonts = PdfFonts.of(document);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                drawing.draw(fonts, out);
            }
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        }
    }
}
