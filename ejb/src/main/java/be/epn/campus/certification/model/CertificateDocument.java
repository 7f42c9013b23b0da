package be.epn.campus.certification.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The PDF of one certificate as it was issued: its own table, read only when someone downloads it. */
@Entity
@Table(name = "certificate_document")
public class CertificateDocument {

    @Id
    @Column(name = "certificate_id")
    private Long certificateId;

    @Lob
    @Column(nullable = false)
    private byte[] pdf;

    protected CertificateDocument() {
        // for JPA
    }

    public CertificateDocument(Long certificateId, byte[] pdf) {
        this.certificateId = certificateId;
        this.pdf = pdf.clone();
    }

    public byte[] getPdf() {
        return pdf.clone();
    }
}
