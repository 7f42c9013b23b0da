package be.epn.campus.certification.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.certification.pdf.CertificateContent.CompetenceLine;
import be.epn.campus.platform.Language;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CertificateRendererTest {

    private static final String URL = "https://epn-campus.brussels/verify/q7Yd2kP0vXz9LmA3bC5eRw";
    private static final String CODE = "q7Yd2kP0vXz9LmA3bC5eRw";

    private static CertificateContent content(Language language, String name, List<CompetenceLine> competences) {
        return new CertificateContent(language, name, title(language), competences,
                "DigComp 2.2", "2.2", "EPN Bibliothèque Sésame", LocalDate.of(2026, 3, 12), "Aïcha Van den Broeck",
                URL, CODE);
    }

    private static String title(Language language) {
        return switch (language) {
            case FR -> "Compétences numériques de base — Maîtrise de l'information et des données";
            case NL -> "Digitale basisvaardigheden — Informatie- en datageletterdheid";
            case EN -> "Basic digital skills — Information and data literacy";
        };
    }

    private static final List<CompetenceLine> AREA_1_FR = List.of(
            new CompetenceLine("1.1", "Naviguer, rechercher et filtrer des données, des informations et des contenus numériques", 2),
            new CompetenceLine("1.2", "Évaluer des données, des informations et des contenus numériques", 3),
            new CompetenceLine("1.3", "Gérer des données, des informations et des contenus numériques", 2));

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ');
        }
    }

    @Test
    void isOneA4PageInTheLearnersLanguageWithEverythingCertified() throws IOException {
        byte[] pdf = new CertificateRenderer().render(content(Language.FR, "Françoise Noël-Çelik", AREA_1_FR));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            assertEquals(PDRectangle.A4.getWidth(), document.getPage(0).getMediaBox().getWidth(), 0.5);
            assertEquals("fr", document.getDocumentCatalog().getLanguage());
        }
        String text = text(pdf);
        for (String expected : List.of("Certificat", "Françoise Noël-Çelik", "Compétences numériques de base",
                "1.2 Évaluer des données", ": niveau 3", "DigComp 2.2, version 2.2", "EPN Bibliothèque Sésame",
                "12 mars 2026", "Aïcha Van den Broeck", CODE, "Vérifier ce certificat")) {
            assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in:\n" + text);
        }
    }

    @Test
    void fixedTextsAndDateFollowTheLanguage() throws IOException {
        List<CompetenceLine> one = List.of(new CompetenceLine("1.1", "Browsing", 2));

        String nl = text(new CertificateRenderer().render(content(Language.NL, "Joëlle Dewaele", one)));
        String en = text(new CertificateRenderer().render(content(Language.EN, "Joëlle Dewaele", one)));

        assertTrue(nl.contains("Getuigschrift") && nl.contains("12 maart 2026") && nl.contains("Controlecode"), nl);
        assertTrue(en.contains("Certificate") && en.contains("March 12, 2026") && en.contains("1.1 Browsing: level 2"), en);
    }

    @Test
    void theQrCodeDecodesToTheVerificationUrl() throws Exception {
        byte[] pdf = new CertificateRenderer().render(content(Language.FR, "Françoise Noël-Çelik", AREA_1_FR));

        BufferedImage page;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            page = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.GRAY);
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
        String decoded = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();

        assertEquals(URL, decoded);
    }

    @Test
    void aVeryLongNameStillPrintsOnOnePage() throws IOException {
        String name = "Maria-Anunciação dos Santos Gonçalves de Oliveira Vandenbroucke-Schoonbroodt Ferreira da Silva";

        byte[] pdf = new CertificateRenderer().render(content(Language.NL, name, AREA_1_FR));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
        }
        assertTrue(text(pdf).contains("Maria-Anunciação dos Santos"));
    }

    @Test
    void refusesAContentWithoutVerificationUrl() {
        assertThrows(IllegalArgumentException.class, () -> new CertificateContent(Language.FR, "A", "T", List.of(),
                "DigComp 2.2", "2.2", "EPN", LocalDate.now(), "I", "ftp://x", CODE));
        assertThrows(IllegalArgumentException.class, () -> new CertificateRenderer().render(null));
    }
}
