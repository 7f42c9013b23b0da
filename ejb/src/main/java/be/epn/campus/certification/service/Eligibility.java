package be.epn.campus.certification.service;

import be.epn.campus.certification.rules.CertificateType;
import be.epn.campus.certification.rules.Evidence;
import be.epn.campus.certification.rules.RuleEvaluator;
import be.epn.campus.certification.rules.RuleOutcome;
import be.epn.campus.platform.LocalizedText;
import be.epn.campus.progress.model.CompetenceEvidence;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Where a learner stands on one certificate type: the rule's outcome and whether they already hold it. What the
 * staff page shows next to "Issue", and what a learner reads as "still to show".
 *
 * @param held      the standing certificate of this type, or null
 * @param withdrawn whether a certificate of this type was revoked and none stands since: staff may issue it again,
 *                  the rule alone does not
 */
public record Eligibility(String type, LocalizedText title, int level, boolean automatic, boolean met,
                          List<String> missing, boolean independentEvidence, UUID held, boolean withdrawn) {

    public Eligibility {
        missing = List.copyOf(missing);
    }

    /** Whether staff may issue it now. */
    public boolean issuable() {
        return met && held == null;
    }

    static RuleOutcome evaluate(CertificateType type, List<String> areaCompetences, Collection<CompetenceEvidence> evidence) {
        // Evidence of another framework may share the codes (1.1 in DigComp 2.1 and 2.2): only the type's counts.
        return new RuleEvaluator().evaluate(type, areaCompetences, evidence.stream()
                .filter(e -> e.getCompetence().getFramework().getKey().equals(type.framework()))
                .map(Eligibility::plain).toList());
    }

    static Eligibility of(CertificateType type, RuleOutcome outcome, Holdings holdings) {
        return new Eligibility(type.id(), type.title(), type.rule().level(),
                type.issuing() == CertificateType.IssuingMode.AUTOMATIC, outcome.met(), outcome.missingCompetences(),
                outcome.independentEvidence(), holdings.standing().get(type.id()), holdings.withdrawn().contains(type.id()));
    }

    /** The evaluator's plain copy of a piece of evidence. */
    static Evidence plain(CompetenceEvidence e) {
        return new Evidence(e.getCompetence().getCode(), e.getLevel(), Evidence.Source.valueOf(e.getSource().name()),
                e.getAutonomy() == null ? null : Evidence.Autonomy.valueOf(e.getAutonomy().name()),
                e.getRecordedAt().toLocalDate(), e.getEpn() == null ? null : e.getEpn().getName());
    }
}
