package be.epn.campus.certification.api;

import be.epn.campus.certification.service.Verdict;
import be.epn.campus.platform.Language;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a verification found: the state first, then what was certified (absent when not authentic). */
@Schema(name = "Verdict")
public record VerdictDto(
        Verdict.State state,
        @Schema(description = "Why not authentic: malformedCode, unknownCode, malformedCredential, algorithmRefused, "
                + "unknownKey, badSignature, notInRegister") String reason,
        CertificateDto certificate) {

    static VerdictDto of(Verdict verdict, Language language, boolean withHolder) {
        return new VerdictDto(verdict.state(), verdict.reason(),
                verdict.certificate() == null ? null : CertificateDto.of(verdict.certificate(), language, withHolder));
    }
}
