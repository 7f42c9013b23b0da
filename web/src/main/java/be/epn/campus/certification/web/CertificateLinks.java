package be.epn.campus.certification.web;

import be.epn.campus.certification.service.CertificateView;
import org.omnifaces.util.Faces;

/** The addresses of a certificate's two files (CertificateFilesResource), for the learner's and the desk's pages. */
final class CertificateLinks {

    private CertificateLinks() {
    }

    static String pdf(CertificateView certificate) {
        return file(certificate, "pdf");
    }

    static String credential(CertificateView certificate) {
        return file(certificate, "credential");
    }

    private static String file(CertificateView certificate, String kind) {
        return Faces.getRequestContextPath() + "/api/certificates/" + certificate.uuid() + "/" + kind;
    }
}
