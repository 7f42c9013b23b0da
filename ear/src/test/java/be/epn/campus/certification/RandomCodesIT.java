package be.epn.campus.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.it.CampusDeployments;
import be.epn.campus.it.Seed;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 6 acceptance: 10,000 random verification codes, checked against the real register (with certificates in
 * it), find nothing. Run on the server because the public page and API allow 30 verifications a minute per address.
 */
@ExtendWith(ArquillianExtension.class)
class RandomCodesIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CampusDeployments.earWithFixtures();
    }

    @Test
    void tenThousandRandomCodesFindNothing() throws Exception {
        Seed seed = new Seed(base.toURI());
        String u = Seed.unique();
        UUID epn = seed.epn("EPN Codes " + u);
        for (int i = 0; i < 3; i++) {
            String username = "codes" + i + u;
            seed.person(username, "Code" + i, "Aléatoire" + u, 1980, "codes-2026-secret", "LEARNER", null, epn);
            seed.evidence(username, "1.1,1.2,1.3", 2, "QUIZ", null);
        }
        long issued = seed.count("SELECT COUNT(c) FROM Certificate c WHERE c.person.username LIKE 'codes%" + u + "'");
        assertEquals(3, issued, "the register holds the seeded learners' certificates");
        assertTrue(seed.count("SELECT COUNT(c) FROM Certificate c") >= issued);
        assertEquals(0, seed.randomCodesFound(10_000));
    }
}
