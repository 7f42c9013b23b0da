package be.epn.campus.certification;

import be.epn.campus.certification.code.VerificationCode;
import be.epn.campus.certification.credential.OpenBadgeCredential;
import be.epn.campus.certification.keys.JwsAlgorithm;
import be.epn.campus.certification.keys.KeyRing;
import be.epn.campus.certification.keys.VcJwtSigner;
import be.epn.campus.certification.keys.VcJwtVerifier;
import be.epn.campus.certification.pdf.CertificateContent;
import be.epn.campus.certification.pdf.CertificateContent.CompetenceLine;
import be.epn.campus.certification.pdf.CertificateRenderer;
import be.epn.campus.certification.status.BitstringStatusList;
import be.epn.campus.platform.Language;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * What one certificate costs the server (bench/certificate-costs, docs/measurements.md): signing and verifying a
 * credential, rendering the PDF, encoding and decoding a status list, for each algorithm. Prints the median and
 * the 95th percentile over many runs after a warm-up; asserts nothing.
 */
public final class CertificateBench {

    private CertificateBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path keys = Files.createTempDirectory("bench-keys");
        JsonObject credential = OpenBadgeCredential.build(Samples.content());
        for (JwsAlgorithm algorithm : JwsAlgorithm.values()) {
            KeyRing ring = new KeyRing(keys.resolve(algorithm.name()), algorithm);
            VcJwtSigner signer = new VcJwtSigner(ring);
            VcJwtVerifier verifier = new VcJwtVerifier(ring);
            String token = signer.sign(credential);
            report(algorithm + " sign", runs, () -> signer.sign(credential));
            report(algorithm + " verify", runs, () -> verifier.verify(token));
            System.out.printf(Locale.ROOT, "%-28s %d characters%n", algorithm + " token", token.length());
        }
        CertificateContent printed = new CertificateContent(Language.FR, "Aïcha Van den Broeck",
                "Compétences numériques de base — Maîtrise de l'information et des données", List.of(
                new CompetenceLine("1.1", "Naviguer, rechercher et filtrer des données, des informations et des contenus numériques", 2),
                new CompetenceLine("1.2", "Évaluer des données, des informations et des contenus numériques", 3),
                new CompetenceLine("1.3", "Gérer des données, des informations et des contenus numériques", 2)),
                "DigComp 2.2", "2.2", "EPN Bibliothèque Sésame", LocalDate.of(2026, 11, 26), "EPN Campus",
                "https://epn-campus.brussels/verify.xhtml?code=" + VerificationCode.generate().formatted(),
                VerificationCode.generate().formatted());
        CertificateRenderer renderer = new CertificateRenderer();
        report("PDF render", Math.max(50, runs / 20), () -> renderer.render(printed));
        System.out.printf(Locale.ROOT, "%-28s %d bytes%n", "PDF size", renderer.render(printed).length);
        BitstringStatusList list = new BitstringStatusList();
        Random random = new Random(1);
        for (int i = 0; i < 2000; i++) {
            list.set(random.nextInt(list.size()), true);
        }
        String encoded = list.encodedList();
        report("status list encode", Math.max(100, runs / 10), list::encodedList);
        report("status list decode", Math.max(100, runs / 10), () -> BitstringStatusList.decode(encoded));
        System.out.printf(Locale.ROOT, "%-28s %d characters (131,072 bits, 2,000 set)%n", "status list encoded", encoded.length());
    }

    @FunctionalInterface
    private interface Work {
        Object run() throws Exception;
    }

    private static void report(String name, int runs, Work work) throws Exception {
        for (int i = 0; i < Math.max(20, runs / 10); i++) {
            work.run();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-28s median %8.3f ms   p95 %8.3f ms   (%d runs)%n", name,
                nanos[runs / 2] / 1e6, nanos[(int) (runs * 0.95)] / 1e6, runs);
    }
}
