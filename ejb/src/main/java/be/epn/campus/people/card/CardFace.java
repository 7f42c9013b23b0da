package be.epn.campus.people.card;

import static be.epn.campus.platform.pdf.PdfUnits.mm;

import be.epn.campus.platform.pdf.FittedText;
import be.epn.campus.platform.pdf.PdfFonts;
import be.epn.campus.platform.pdf.PdfText;
import be.epn.campus.platform.pdf.QrCodes;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The card itself, at the top of the page: ISO ID-1 size (85.6 × 54 mm, a bank card) so that it fits a wallet,
 * inside a dashed cut line. The name and the header sit in a column left of the QR code, the username runs
 * along the bottom in a large monospaced font.
 */
final class CardFace {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float WIDTH = mm(85.6);
    static final float HEIGHT = mm(54);
    static final float LEFT = (PAGE.getWidth() - WIDTH) / 2;
    static final float TOP = PAGE.getHeight() - mm(18);
    static final float BOTTOM = TOP - HEIGHT;
    static final float PADDING = mm(4);

    /** The QR square, quiet zone included: 34 mm keeps the symbol itself above 25 mm for any login URL. */
    static final float QR_SIZE = mm(34);
    static final float QR_LEFT = LEFT + WIDTH - mm(3) - QR_SIZE;
    static final float QR_BOTTOM = TOP - mm(3) - QR_SIZE;

    static final float TEXT_LEFT = LEFT + PADDING;
    /** The right edge of the name column, clear of the QR code's quiet zone. */
    static final float COLUMN_RIGHT = QR_LEFT - mm(1.5);
    static final float TEXT_RIGHT = LEFT + WIDTH - PADDING;

    static final float BRAND_SIZE = 11;
    static final float NAME_LARGEST = 16;
    static final float NAME_SMALLEST = 7;
    static final int NAME_LINES = 2;
    static final float LABEL_SIZE = 9;
    static final float USERNAME_LARGEST = 18;
    static final float USERNAME_SMALLEST = 9;

    private static final float BRAND_BASELINE = TOP - PADDING - BRAND_SIZE * 0.75f;
    private static final float USERNAME_BASELINE = BOTTOM + mm(5);
    private static final float LABEL_BASELINE = USERNAME_BASELINE + USERNAME_LARGEST + mm(1);
    private static final float NAME_TOP = BRAND_BASELINE - mm(3);
    private static final float NAME_BOTTOM = LABEL_BASELINE + LABEL_SIZE + mm(1.5);

    private final PdfFonts fonts;
    private final CardTexts texts;

    CardFace(PdfFonts fonts, CardTexts texts) {
        this.fonts = fonts;
        this.texts = texts;
    }

    /**
     * The username laid out on one line, exactly as typed. A learner copies it letter by letter, so it is never
     * cut, wrapped or altered: one that the font cannot print, or that is too long even at the smallest size,
     * is refused.
     */
    FittedText username(String username) {
        boolean spaces = username.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
        if (spaces || !PdfText.printable(fonts.monoBold(), username).equals(username)) {
            throw new IllegalArgumentException("The username cannot be printed exactly on a login card"
                    + " (it has spaces or characters the card's font cannot show): " + username);
        }
        FittedText fitted = FittedText.fit(fonts.monoBold(), username, TEXT_RIGHT - TEXT_LEFT,
                USERNAME_LARGEST, USERNAME_SMALLEST, 1);
        if (!fitted.lines().equals(List.of(username))) {
            throw new IllegalArgumentException("The username is too long to print on a login card ("
                    + username.codePointCount(0, username.length()) + " characters): " + username);
        }
        return fitted;
    }

    void draw(PDPageContentStream out, LoginCard card) throws IOException {
        FittedText username = username(card.username());
        cutLine(out);
        PdfText.show(out, fonts.bold(), BRAND_SIZE, TEXT_LEFT, BRAND_BASELINE, texts.get("card.brand"));
        name(out, card.displayName());
        PdfText.show(out, fonts.regular(), LABEL_SIZE, TEXT_LEFT, LABEL_BASELINE, texts.get("card.username"));
        PdfText.show(out, fonts.monoBold(), username.fontSize(), TEXT_LEFT, USERNAME_BASELINE, card.username());
        QrCodes.draw(out, card.loginUrl(), QR_LEFT, QR_BOTTOM, QR_SIZE);
    }

    /** The name, as large as it fits in the column, in one or two lines, centred in the height left for it. */
    private void name(PDPageContentStream out, String displayName) throws IOException {
        FittedText name = FittedText.fit(fonts.bold(), displayName, COLUMN_RIGHT - TEXT_LEFT,
                NAME_LARGEST, NAME_SMALLEST, NAME_LINES);
        float size = name.fontSize();
        float lineHeight = size * 1.2f;
        float blockHeight = size + lineHeight * (name.lines().size() - 1);
        float baseline = NAME_TOP - (NAME_TOP - NAME_BOTTOM - blockHeight) / 2 - size * 0.76f;
        for (String line : name.lines()) {
            PdfText.show(out, fonts.bold(), size, TEXT_LEFT, baseline, line);
            baseline -= lineHeight;
        }
    }

    /** A thin dashed line on the card's edge, with scissors where cutting starts. */
    private void cutLine(PDPageContentStream out) throws IOException {
        out.saveGraphicsState();
        out.setStrokingColor(0.45f);
        out.setLineWidth(0.6f);
        out.setLineDashPattern(new float[] {4, 3}, 0);
        out.addRect(LEFT, BOTTOM, WIDTH, HEIGHT);
        out.stroke();
        String scissors = "\u2702";
        if (PdfText.canEncode(fonts.regular(), scissors.codePointAt(0))) {
            float size = 11;
            float x = LEFT + mm(6);
            out.setNonStrokingColor(1f);
            out.addRect(x - 1, TOP - size / 2, PdfText.width(fonts.regular(), size, scissors) + 2, size);
            out.fill();
            out.setNonStrokingColor(0.3f);
            PdfText.show(out, fonts.regular(), size, x, TOP - size * 0.35f, scissors);
        }
        out.restoreGraphicsState();
    }
}
