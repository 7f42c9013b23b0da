package be.epn.campus.people.card;

import be.epn.campus.platform.pdf.PdfFonts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Makes the PDF of a learner's login card, to print at the EPN desk. Holds no state: one instance may serve
 * every request, from any thread.
 */
public class LoginCardRenderer {

    /**
     * Renders the card as a one-page A4 PDF: the ID-1 card with its cut line, name, username and QR code of the
     * login URL at the top; the instructions in the card's language below it. Guarantees: the username is
     * printed exactly, never cut; the name always stays inside the card (shrunk, on two lines, or cut with
     * "…"); any script prints without failing (characters the font lacks show as "?"); the document's title
     * is "EPN Campus — username" and its language is the card's.
     *
     * @throws IllegalArgumentException if the card is null, or its username cannot be printed exactly: it has
     *                                  spaces or characters the font lacks, or is too long for the card (more
     *                                  than about 40 characters)
     */
    public byte[] render(LoginCard card) {
        if (card == null) {
            throw new IllegalArgumentException("There is no login card to render");
        }
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(CardFace.PAGE);
            document.addPage(page);
            PdfFonts fonts = PdfFonts.of(document);
            CardTexts texts = CardTexts.in(card.language());
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                new CardFace(fonts, texts).draw(out, card);
                new CardInstructions(fonts, texts).draw(out, card);
            }
            describe(document, card);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the login card PDF", e);
        }
    }

    /** Title and language for screen readers and PDF viewers; the title is shown instead of a file name. */
    private static void describe(PDDocument document, LoginCard card) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("EPN Campus \u2014 " + card.username());
        info.setCreator("EPN Campus");
        info.setCreationDate(Calendar.getInstance());
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(card.language().code());
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
    }
}
