package be.epn.campus.certification.api;

import be.epn.campus.certification.service.CertificateView;
import be.epn.campus.certification.service.Eligibility;
import be.epn.campus.platform.Language;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A learner's certificates, and where they stand on every certificate type. */
@Schema(name = "LearnerCertificates")
public record LearnerCertificatesDto(UUID learner, List<CertificateDto> certificates, List<Standing> eligibility) {

    @Schema(name = "CertificateEligibility")
    public record Standing(String type, String title, int level, boolean automatic,
                           @Schema(description = "Whether the rule is met") boolean met,
                           @Schema(description = "The competences still to show at the level") List<String> missing,
                           @Schema(description = "Whether one piece of evidence was shown without help") boolean independentEvidence,
                           @Schema(description = "The standing certificate of this type, if held") UUID held,
                           @Schema(description = "Whether staff may issue it now") boolean issuable,
                           @Schema(description = "Whether a certificate of this type was revoked and none stands since: "
                                   + "staff may issue it again, the rule alone does not") boolean withdrawn) {
    }

    static LearnerCertificatesDto of(UUID learner, List<CertificateView> certificates, List<Eligibility> eligibility,
                                     Language language) {
        return new LearnerCertificatesDto(learner,
                certificates.stream().map(c -> CertificateDto.of(c, language, true)).toList(),
                eligibility.stream().map(e -> new Standing(e.type(), e.title().in(language), e.level(), e.automatic(), e.met(),
                        e.missing(), e.independentEvidence(), e.held(), e.issuable(), e.withdrawn())).toList());
    }
}
