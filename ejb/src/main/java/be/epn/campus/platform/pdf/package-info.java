/**
 * PDF plumbing shared by every document EPN Campus prints: login cards now, certificates later.
 * <ul>
 * <li>{@link be.epn.campus.platform.pdf.PdfFonts}: embedded Unicode fonts, so that any learner's name prints;
 * the 14 standard PDF fonts only know Western European letters and are never used.</li>
 * <li>{@link be.epn.campus.platform.pdf.PdfText} and {@link be.epn.campus.platform.pdf.FittedText}: text made
 * safe for a font, measured, wrapped, shrunk or cut to fit a box.</li>
 * <li>{@link be.epn.campus.platform.pdf.QrCodes}: QR codes drawn as vector squares, crisp on any printer.</li>
 * </ul>
 * Nothing here knows about people or courses; the features that print compose these pieces.
 */
package be.epn.campus.platform.pdf;
