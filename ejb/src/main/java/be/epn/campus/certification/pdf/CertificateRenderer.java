package be.epn.campus.certification.pdf;

import be.epn.campus.certification.pdf.CertificateContent.CompetenceLine;
import be.epn.campus.platform.pdf.FittedText;
import be.epn.campus.platform.pdf.PdfColumn;
import be.epn.campus.platform.pdf.PdfFonts;
import be.epn.campus.platform.pdf.QrCodes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import static be.epn.campus.platform.pdf.PdfUnits.mm;

/**
 * Renders a certificate as one A4 page: what was achieved at the top, how to check it at the bottom (QR code of
 * the verification URL, the URL and the code in clear, for people without a smartphone). Plain layout, black on
 * white, so it prints and photocopies well. Fonts are DejaVu Sans, embedded (see {@link PdfFonts}), so accents
 * and names in any Latin script print as written.
 */
public class CertificateRenderer {

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = mm(22);
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float QR_SIZE = mm(42);

    /**
     * The certificate as a one-page A4 PDF in {@code content.language()}. Guarantees: the QR code encodes exactly
     * {@code verificationUrl}; the verification code is printed whole in a monospaced font; the name always fits
     * (shrunk, on two lines, or cut with "…"); any character the font lacks prints as "?" instead of failing;
     * the document's title is the achievement and the learner's name, its language the learner's.
     */
    public byte[] render(CertificateContent content) {
        if (content == null) {
            throw new IllegalArgumentException("There is no certificate to render");
        }
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            PdfFonts fonts = PdfFonts.of(document);
            CertificateTexts texts = CertificateTexts.in(content.language());
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                drawAchievement(out, fonts, texts, content);
                drawVerification(out, fonts, texts, content);
            }
            describe(document, content);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the certificate PDF", e);
        }
    }

    private static void drawAchievement(PDPageContentStream out, PdfFonts fonts, CertificateTexts texts,
                                        CertificateContent content) throws IOException {
        PdfColumn column = new PdfColumn(out, MARGIN, WIDTH, PAGE.getHeight() - MARGIN);
        column.paragraph(fonts.regular(), 11, "EPN Campus");
        column.space(mm(6));
        column.paragraph(fonts.bold(), 30, texts.get("heading"));
        column.space(mm(8));
        column.paragraph(fonts.regular(), 13, texts.get("awarded"));
        column.space(mm(2));
        FittedText name = FittedText.fit(fonts.bold(), content.learnerName(), WIDTH, 26, 14, 2);
        for (String line : name.lines()) {
            column.paragraph(fonts.bold(), name.fontSize(), line);
        }
        column.space(mm(6));
        column.paragraph(fonts.regular(), 13, texts.get("achievement"));
        column.space(mm(2));
        column.paragraph(fonts.bold(), 17, content.achievementTitle());
        column.space(mm(8));
        column.paragraph(fonts.bold(), 13, texts.get("competences"));
        column.space(mm(2));
        for (CompetenceLine competence : content.competences()) {
            column.paragraph(fonts.regular(), 11,
                    texts.get("competence.line", competence.code(), competence.title(), competence.level()), mm(4));
            column.space(mm(1));
        }
        column.space(mm(6));
        column.paragraph(fonts.regular(), 11, texts.get("framework", content.framework(), content.frameworkVersion()));
        column.space(mm(1));
        column.paragraph(fonts.regular(), 11, texts.get("issued.epn", content.epn()));
        column.paragraph(fonts.regular(), 11, texts.get("issued.date", texts.date(content.issuedOn())));
        column.paragraph(fonts.regular(), 11, texts.get("issued.by", content.issuer()));
    }

    /** The bottom band: a rule, the QR code on the left, the way to check in words on the right. */
    private static void drawVerification(PDPageContentStream out, PdfFonts fonts, CertificateTexts texts,
                                         CertificateContent content) throws IOException {
        float bottom = MARGIN;
        float top = bottom + QR_SIZE + mm(6);
        out.setLineWidth(0.5f);
        out.moveTo(MARGIN, top);
        out.lineTo(MARGIN + WIDTH, top);
        out.stroke();
        QrCodes.draw(out, content.verificationUrl(), MARGIN, bottom, QR_SIZE);
        float left = MARGIN + QR_SIZE + mm(4);
        PdfColumn column = new PdfColumn(out, left, MARGIN + WIDTH - left, top - mm(4));
        column.paragraph(fonts.bold(), 12, texts.get("verify.title"));
        column.space(mm(1.5));
        column.paragraph(fonts.regular(), 9.5f, texts.get("verify.scan"));
        column.paragraph(fonts.monoBold(), 9, content.verificationUrl());
        column.space(mm(1.5));
        column.paragraph(fonts.regular(), 9.5f, texts.get("verify.code"));
        column.paragraph(fonts.monoBold(), 11, content.verificationCode());
        column.space(mm(1.5));
        column.paragraph(fonts.regular(), 8.5f, texts.get("verify.note"));
    }

    /** Title and language for screen readers and PDF viewers. */
    private static void describe(PDDocument document, CertificateContent content) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(content.achievementTitle() + " \u2014 " + content.learnerName());
        info.setAuthor(content.issuer());
        info.setCreator("EPN Campus");
        info.setCreationDate(Calendar.getInstance());
        document.getDocumentCatalog().setLanguage(content.language().code());
    }
}
