package be.epn.campus.certification.service;

import be.epn.campus.certification.credential.CredentialContent;
import be.epn.campus.certification.rules.CertificateType;
import be.epn.campus.framework.model.Competence;
import be.epn.campus.framework.model.Framework;
import be.epn.campus.framework.model.FrameworkRepository;
import be.epn.campus.platform.Language;
import be.epn.campus.platform.PublicAddress;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The certificate types as Open Badges achievements. A credential names its achievement by a URL under
 * {@link #PATH}; that URL answers with the achievement itself, so a verifier can read what a type certifies
 * (its criteria, the competences at the type's level) without holding a certificate.
 */
@Stateless
public class Achievements {

    public static final String PATH = "/api/certification/achievements/";

    @EJB
    CertificateCatalogue catalogue;

    @Inject
    FrameworkRepository frameworks;

    @Inject
    PublicAddress address;

    /** The type's achievement in one language, every competence of its area at the type's level; empty if unknown. */
    public Optional<CredentialContent.Achievement> of(String typeId, Language language) {
        return catalogue.type(typeId).flatMap(type -> frameworks.find(type.framework()).map(framework -> {
            Map<String, Integer> levels = new LinkedHashMap<>();
            catalogue.competencesOf(type).forEach(code -> levels.put(code, type.rule().level()));
            return build(address, type, framework, language, levels);
        }));
    }

    /**
     * The achievement of a type with the given competence levels: in a credential, the levels the learner's
     * evidence shows; at the achievement's own URL, the type's level.
     */
    static CredentialContent.Achievement build(PublicAddress address, CertificateType type, Framework framework,
                                               Language language, Map<String, Integer> levels) {
        List<CredentialContent.Alignment> alignments = levels.entrySet().stream().map(e -> {
            Competence competence = framework.competence(e.getKey()).orElseThrow();
            return new CredentialContent.Alignment(e.getKey() + "/" + e.getValue(),
                    e.getKey() + " " + competence.getTitle().in(language) + " (" + e.getValue() + ")",
                    address.of("/api/ims/case/v1p1/CFItems/" + competence.getUuid()),
                    framework.getTitle().in(language) + " " + framework.getVersionLabel());
        }).toList();
        return new CredentialContent.Achievement(address.of(PATH + type.id()), language.code(), type.title().in(language),
                type.description().in(language), type.criteria().in(language), alignments);
    }
}
