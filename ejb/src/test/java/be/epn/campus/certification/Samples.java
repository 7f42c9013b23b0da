package be.epn.campus.certification;

import be.epn.campus.certification.credential.CredentialContent;
import be.epn.campus.certification.credential.CredentialContent.Achievement;
import be.epn.campus.certification.credential.CredentialContent.Alignment;
import be.epn.campus.certification.credential.CredentialContent.Issuer;
import be.epn.campus.certification.credential.CredentialContent.StatusEntry;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A certificate's content as the server would map it, for the tests of this package. */
public final class Samples {

    public static final String ISSUER = "https://epn-campus.example/certificates/issuer";
    public static final String STATUS_LIST = "https://epn-campus.example/certificates/status/1";

    private Samples() {
    }

    public static CredentialContent content() {
        return new CredentialContent(
                UUID.fromString("5b1c8a9e-0f4d-4c1e-9a57-2d3c4b5a6f70"),
                new Issuer(ISSUER, "EPN Campus"),
                UUID.fromString("0e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9"),
                "c2FsdC1mb3ItdGVzdHM",
                new Achievement("https://epn-campus.example/certificates/types/area-1/level/2", "fr",
                        "Information et données — niveau 2",
                        "Chercher, évaluer et gérer des informations en ligne, niveau fondamental.",
                        "Chaque compétence du domaine 1 est prouvée au niveau 2, au moins une fois seul.",
                        List.of(new Alignment("1.1/2", "Naviguer, rechercher et filtrer — niveau 2",
                                        "https://epn-campus.example/api/ims/case/v1p1/CFItems/1", "DigComp 2.2"),
                                new Alignment("1.2/2", "Évaluer des données — niveau 2",
                                        "https://epn-campus.example/api/ims/case/v1p1/CFItems/2", "DigComp 2.2"))),
                Instant.parse("2026-11-26T10:15:30.123Z"),
                Instant.parse("2031-11-26T10:15:30Z"),
                new StatusEntry(STATUS_LIST, 4711));
    }
}
