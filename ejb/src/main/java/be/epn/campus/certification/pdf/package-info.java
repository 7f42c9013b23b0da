/**
 * The printable certificate: one A4 page in the learner's language with the achievement, its competences and
 * levels, and a QR code and code in clear that lead to the verification page. Pure PDFBox, no server: the
 * issuing service gathers a {@link be.epn.campus.certification.pdf.CertificateContent} and stores or sends the
 * bytes. The PDF proves nothing by itself; the verification page, reached from its code, is what is trusted.
 */
package be.epn.campus.certification.pdf;
