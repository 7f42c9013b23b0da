package be.epn.campus.certification.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies the certification API accepts, read as text once the service has said who may act. */
public final class CertificateRequests {

    private CertificateRequests() {
    }

    @Schema(name = "CertificateIssue")
    public record Issue(@Schema(description = "The certificate type, e.g. digcomp-2.2-area-1-level-4", required = true) String type) {
    }

    @Schema(name = "CertificateRevocation")
    public record Revocation(@Schema(description = "Why, in a sentence (5 to 500 characters)", required = true) String reason) {
    }
}
