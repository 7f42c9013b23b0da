package be.epn.campus.certification.api;

import be.epn.campus.certification.service.CertificateView;
import be.epn.campus.certification.service.Issuing;
import be.epn.campus.certification.service.Verdict;
import be.epn.campus.platform.Language;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One certificate over the API, its titles in one language. Dates and times are UTC. */
@Schema(name = "Certificate")
public record CertificateDto(
        UUID uuid,
        String type,
        String title,
        int level,
        List<Competence> competences,
        String framework,
        LocalDateTime issuedAt,
        @Schema(description = "Who issued it: the staff member's name, or the platform for an automatic certificate") String issuer,
        String epn,
        Verdict.State state,
        LocalDateTime revokedAt,
        String revocationReason,
        @Schema(description = "The holder's name; absent when verifying a credential file (it names nobody)") String holder) {

    @Schema(name = "CertifiedCompetence")
    public record Competence(String code, String title, int level) {
    }

    /** The view in {@code language}; with the holder's name or without. */
    static CertificateDto of(CertificateView view, Language language, boolean withHolder) {
        return new CertificateDto(view.uuid(), view.type(), view.title().in(language), view.level(),
                view.competences().stream().map(l -> new Competence(l.code(), l.title().in(language), l.level())).toList(),
                view.framework(), view.issuedAt(), view.issuedBy() == null ? Issuing.ISSUER_NAME : view.issuedBy(), view.epn(),
                view.state(), view.revokedAt(), view.revocationReason(), withHolder ? view.learnerName() : null);
    }
}
