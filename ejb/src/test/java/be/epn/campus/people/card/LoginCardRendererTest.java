package be.epn.campus.people.card;

import static be.epn.campus.platform.pdf.PdfUnits.toMm;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.platform.Language;
import be.epn.campus.platform.pdf.RenderedPages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoginCardRendererTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 12);
    private static final String URL = "https://campus.example/login.xhtml?u=amina.b42";

    private final LoginCardRenderer renderer = new LoginCardRenderer();

    @Test
    void theCardIsOneA4PageWithTitleAndLanguage() throws IOException {
        byte[] pdf = renderer.render(card("Amina Benali", Language.NL));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            PDRectangle page = document.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), page.getWidth(), 0.01);
            assertEquals(PDRectangle.A4.getHeight(), page.getHeight(), 0.01);
            assertEquals("EPN Campus — amina.b42", document.getDocumentInformation().getTitle());
            assertEquals("nl", document.getDocumentCatalog().getLanguage());
            assertTrue(document.getDocumentCatalog().getViewerPreferences().displayDocTitle());
        }
    }

    @Test
    void aFrenchCardCarriesTheLearnerAndFrenchInstructions() throws IOException {
        String text = oneLine(renderer.render(card("Amina Benali", Language.FR)));
        assertTrue(text.contains("Amina Benali"), text);
        assertTrue(text.contains("amina.b42"), text);
        assertTrue(text.contains("Votre identifiant"), text);
        assertTrue(text.contains("scannez le code QR"), text);
        assertTrue(text.contains("3. Tapez votre code secret."), "numbered steps in reading order: " + text);
        assertTrue(text.contains("Ne l’écrivez jamais sur cette carte."), text);
        assertTrue(text.contains("campus.example"), "the address to type: " + text);
        assertTrue(text.contains("EPN Pianofabriek"), text);
        assertTrue(text.contains("Carte imprimée le 12 mars 2026"), text);
        assertFalse(text.contains("geheime code"), "no Dutch on a French card");
    }

    @Test
    void aDutchCardHasDutchInstructions() throws IOException {
        String text = oneLine(renderer.render(card("Amina Benali", Language.NL)));
        assertTrue(text.contains("amina.b42"), text);
        assertTrue(text.contains("Typ uw geheime code."), text);
        assertTrue(text.contains("Schrijf hem nooit op deze kaart."), text);
        assertTrue(text.contains("Kaart gedrukt op 12 maart 2026"), text);
        assertFalse(text.contains("code secret"), "no French on a Dutch card");
    }

    @Test
    void theQrCodeOpensExactlyTheLoginUrl() throws IOException {
        assertEquals(URL, RenderedPages.decodeQr(renderer.render(card("Amina Benali", Language.FR)), 200));
        String longer = "https://campus.epn-bruxelles.example/campus/login.xhtml?u=jean-baptiste.vandenbroucke7";
        LoginCard card = new LoginCard("Jean-Baptiste", "jean-baptiste.vandenbroucke7", Language.EN, longer, null, DAY);
        assertEquals(longer, RenderedPages.decodeQr(renderer.render(card), 300));
    }

    @Test
    void theQrSymbolIsAtLeast25MillimetresWide() throws IOException {
        int dpi = 300;
        BufferedImage page = RenderedPages.picture(renderer.render(card("Amina Benali", Language.FR)), dpi);
        float scale = dpi / 72f;
        int from = Math.round(CardFace.QR_LEFT * scale);
        int to = Math.round((CardFace.QR_LEFT + CardFace.QR_SIZE) * scale);
        int row = Math.round((PDRectangle.A4.getHeight() - CardFace.QR_BOTTOM - CardFace.QR_SIZE / 2) * scale);
        int leftmost = Integer.MAX_VALUE;
        int rightmost = -1;
        for (int y = row - 200; y <= row + 200; y++) {
            for (int x = from; x < to; x++) {
                if (page.getRaster().getSample(x, y, 0) < 128) {
                    leftmost = Math.min(leftmost, x);
                    rightmost = Math.max(rightmost, x);
                }
            }
        }
        float widthMm = toMm((rightmost - leftmost + 1) / scale);
        assertTrue(widthMm >= 25 && widthMm < toMm(CardFace.QR_SIZE), "symbol width " + widthMm + " mm");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Łukasz Wróbel", "Ayşe Yılmaz", "Nguyễn Thị Hoa", "Ольга Смирнова", "Zoë Ğüneş-Čapek"})
    void namesInManyScriptsAreExtractedAsWritten(String name) throws IOException {
        assertTrue(RenderedPages.text(renderer.render(card(name, Language.FR))).contains(name));
    }

    @Test
    void anArabicNamePrintsWithoutFailing() throws IOException {
        byte[] pdf = assertDoesNotThrow(() -> renderer.render(card("محمد العلوي", Language.FR)));
        String text = RenderedPages.text(pdf);
        assertTrue(text.contains("amina.b42"));
        for (char letter : "محمد".toCharArray()) {
            assertTrue(text.indexOf(letter) >= 0, "letter " + letter);
        }
    }

    @Test
    void aNameOf200CharactersStaysInsideTheCardAndTheUsernameIsWhole() throws IOException {
        String name = "Amina Fatima-Zahra Benali Abdelkader El Idrissi ".repeat(5).substring(0, 200);
        byte[] pdf = renderer.render(card(name, Language.FR));
        CardGlyphs glyphs = CardGlyphs.of(pdf);
        assertFalse(glyphs.name().isEmpty(), "the name is printed");
        assertTrue(glyphs.name().stream().allMatch(g -> g.left() >= CardFace.TEXT_LEFT - 0.5f
                && g.right() <= CardFace.COLUMN_RIGHT + 0.5f), "every glyph of the name left of the QR code");
        assertTrue(glyphs.name().stream().allMatch(g -> g.baseline() > CardFace.BOTTOM && g.top() < CardFace.TOP),
                "every glyph of the name inside the card");
        assertTrue(glyphs.nameLines() <= CardFace.NAME_LINES, glyphs.nameLines() + " lines");
        assertTrue(glyphs.nameText().endsWith("…"), glyphs.nameText());
        assertTrue(glyphs.all().stream().allMatch(g -> g.right() <= CardFace.LEFT + CardFace.WIDTH),
                "nothing crosses the cut line");
        assertTrue(RenderedPages.text(pdf).contains("amina.b42"));
    }

    @Test
    void aLongUsernameShrinksButStaysWhole() throws IOException {
        String username = "jean-baptiste.vandenbroucke-de-smet7";
        LoginCard card = new LoginCard("Jean", username, Language.FR, "https://campus.example/login.xhtml?u=" + username,
                null, DAY);
        byte[] pdf = renderer.render(card);
        assertTrue(RenderedPages.text(pdf).contains(username));
        assertTrue(CardGlyphs.of(pdf).all().stream().allMatch(g -> g.right() <= CardFace.TEXT_RIGHT + 0.5f));
    }

    @Test
    void badInputIsRefusedWithAClearMessage() {
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> renderer.render(null));
        assertTrue(none.getMessage().contains("no login card"), none.getMessage());

        String tooLong = "a".repeat(60);
        IllegalArgumentException longName = assertThrows(IllegalArgumentException.class, () -> renderer.render(
                new LoginCard("Amina", tooLong, Language.FR, URL, null, DAY)));
        assertTrue(longName.getMessage().contains("too long"), longName.getMessage());

        IllegalArgumentException unprintable = assertThrows(IllegalArgumentException.class, () -> renderer.render(
                new LoginCard("Amina", "amina b42", Language.FR, URL, null, DAY)));
        assertTrue(unprintable.getMessage().contains("cannot be printed exactly"), unprintable.getMessage());

        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class, () -> renderer.render(
                new LoginCard("Amina", " ", Language.FR, URL, null, DAY)));
        assertTrue(blank.getMessage().contains("username"), blank.getMessage());
    }

    @Test
    void aTypicalCardIsSmall() {
        int size = renderer.render(card("Amina Benali", Language.FR)).length;
        assertTrue(size > 5_000 && size < 100_000, size + " bytes");
    }

    /** The text with its line breaks made spaces: sentences wrap across lines on the page. */
    private static String oneLine(byte[] pdf) throws IOException {
        return RenderedPages.text(pdf).replaceAll("\\s+", " ");
    }

    private static LoginCard card(String name, Language language) {
        return new LoginCard(name, "amina.b42", language, URL, "EPN Pianofabriek", DAY);
    }
}
