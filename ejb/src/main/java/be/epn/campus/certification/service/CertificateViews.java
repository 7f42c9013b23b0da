package be.epn.campus.certification.service;

import be.epn.campus.certification.model.Certificate;
import be.epn.campus.certification.rules.CertificateType;
import be.epn.campus.framework.model.Competence;
import be.epn.campus.framework.model.Framework;
import be.epn.campus.platform.LocalizedText;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Maps certificates to their views; the title comes from the type, or the type's id if its file was removed. */
final class CertificateViews {

    private CertificateViews() {
    }

    static CertificateView of(Certificate c, Optional<CertificateType> type, LocalDateTime now) {
        Framework framework = c.getFramework();
        List<CertificateView.Line> lines = c.competenceLevels().entrySet().stream().map(e -> new CertificateView.Line(e.getKey(),
                framework.competence(e.getKey()).map(Competence::getTitle).orElse(LocalizedText.of(e.getKey(), e.getKey(), e.getKey())),
                e.getValue())).toList();
        LocalizedText title = type.map(CertificateType::title).orElse(LocalizedText.of(c.getTypeKey(), c.getTypeKey(), c.getTypeKey()));
        Verdict.State state = c.isRevoked() ? Verdict.State.REVOKED
                : c.isExpired(now) ? Verdict.State.EXPIRED : Verdict.State.VALID;
        return new CertificateView(c.getUuid(), c.getPerson().getUuid(), c.getPerson().displayName(), c.getTypeKey(), title,
                c.getLevel(), lines, framework.getKey(), c.getIssuedAt(),
                c.getIssuedBy() == null ? null : c.getIssuedBy().displayName(), c.getEpn() == null ? null : c.getEpn().getName(),
                state, c.getRevokedAt(), c.getRevocationReason());
    }
}
