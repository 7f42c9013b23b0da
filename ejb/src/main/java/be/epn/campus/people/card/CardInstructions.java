package be.epn.campus.people.card;

import static be.epn.campus.platform.pdf.PdfUnits.mm;

import be.epn.campus.platform.pdf.PdfColumn;
import be.epn.campus.platform.pdf.PdfFonts;
import be.epn.campus.platform.pdf.PdfText;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The instructions below the card, for a reader who may read slowly or little: large type, three numbered
 * steps of short sentences, what to type set apart in a monospaced font, and the rule about the secret code
 * in a box. Then where and when the card was printed.
 */
final class CardInstructions {

    static final float LEFT = mm(25);
    static final float WIDTH = CardFace.PAGE.getWidth() - 2 * LEFT;
    static final float TOP = CardFace.BOTTOM - mm(14);

    static final float TITLE_SIZE = 22;
    static final float TEXT_SIZE = 16;
    static final float CODE_SIZE = 18;
    static final float FOOTER_SIZE = 12;
    /** Room for the step number, left of the step's text. */
    private static final float STEP_INDENT = 30;
    private static final float BOX_PADDING = 12;

    private final PdfFonts fonts;
    private final CardTexts texts;

    CardInstructions(PdfFonts fonts, CardTexts texts) {
        this.fonts = fonts;
        this.texts = texts;
    }

    void draw(PDPageContentStream out, LoginCard card) throws IOException {
        PdfColumn column = new PdfColumn(out, LEFT, WIDTH, TOP);
        column.paragraph(fonts.bold(), TITLE_SIZE, texts.get("steps.title"));
        column.space(18);
        step(out, column, 1, texts.get("step1"), card.typedAddress());
        step(out, column, 2, texts.get("step2"), card.username());
        step(out, column, 3, texts.get("step3"), null);
        column.space(6);
        secretCodeBox(out, column);
        column.space(28);
        if (card.epn().isPresent()) {
            footer(column, texts.get("footer.epn", card.epn().get()));
        }
        footer(column, texts.get("footer.printed", texts.date(card.printedOn())));
    }

    /** A numbered step; what the learner must type, if anything, on its own line below. */
    private void step(PDPageContentStream out, PdfColumn column, int number, String text, String toType)
            throws IOException {
        // The number first, so that text extraction and screen readers meet it before the step.
        PdfText.show(out, fonts.bold(), TEXT_SIZE, LEFT, column.firstBaseline(fonts.regular(), TEXT_SIZE), number + ".");
        column.paragraph(fonts.regular(), TEXT_SIZE, text, STEP_INDENT);
        if (toType != null) {
            column.space(6);
            column.paragraph(fonts.monoBold(), CODE_SIZE, toType, STEP_INDENT);
        }
        column.space(16);
    }

    /** Never write the secret code down, and whom to ask when it is forgotten: framed, so that it is read. */
    private void secretCodeBox(PDPageContentStream out, PdfColumn outer) throws IOException {
        float top = outer.cursor();
        PdfColumn inside = new PdfColumn(out, LEFT + BOX_PADDING, WIDTH - 2 * BOX_PADDING, top - BOX_PADDING);
        inside.paragraph(fonts.bold(), TEXT_SIZE, texts.get("secret.keep"));
        inside.space(8);
        inside.paragraph(fonts.regular(), TEXT_SIZE, texts.get("secret.forgot"));
        float bottom = inside.cursor() - BOX_PADDING;
        out.saveGraphicsState();
        out.setLineWidth(1.5f);
        out.addRect(LEFT, bottom, WIDTH, top - bottom);
        out.stroke();
        out.restoreGraphicsState();
        outer.space(top - bottom);
    }

    private void footer(PdfColumn column, String text) throws IOException {
        column.paragraph(fonts.regular(), FOOTER_SIZE, text);
        column.space(4);
    }
}
