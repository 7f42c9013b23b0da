package be.epn.campus.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.it.CampusDeployments;
import be.epn.campus.it.Http;
import be.epn.campus.it.Seed;
import java.net.URI;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who sees which learner over HTTP: the EPN boundary and the id-changing learner. */
@ExtendWith(ArquillianExtension.class)
class DeskApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CampusDeployments.earWithFixtures();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAnimateurSeesOnlyTheLearnersOfTheirEpnsAndALearnerOnlyThemselves() throws Exception {
        URI root = base.toURI();
        Seed seed = new Seed(root);
        String u = Seed.unique();
        UUID epnA = seed.epn("EPN A " + u);
        UUID epnB = seed.epn("EPN B " + u);
        seed.person("anim.a" + u, "Anne", "Animatrice", null, "animateur-secret", "ANIMATEUR", epnA, null);
        UUID atA = seed.person("learn.a" + u, "Alice", "Apprenante", 1980, "learner-secret-a", "LEARNER", null, epnA);
        UUID atB = seed.person("learn.b" + u, "Bruno", "Apprenant", 1975, "learner-secret-b", "LEARNER", null, epnB);

        Http animateur = Http.signedIn(root, "anim.a" + u, "animateur-secret");
        assertEquals(200, animateur.get("api/people/" + atA).statusCode());
        assertEquals(403, animateur.get("api/people/" + atB).statusCode(), "a learner known only at EPN B");
        assertTrue(animateur.get("desk/").body().contains("EPN A " + u));

        Http learner = Http.signedIn(root, "learn.a" + u, "learner-secret-a");
        assertTrue(learner.get("api/me").body().contains("Alice"));
        int other = learner.get("api/people/" + atB).statusCode();
        assertTrue(other == 403, "another learner's data by changing the id: " + other);
        assertEquals(401, new Http(root).get("api/people/" + atA).statusCode());
    }

    @Test
    void signingInRenewsTheSessionIdAndSigningOutEndsTheSession() throws Exception {
        URI root = base.toURI();
        Seed seed = new Seed(root);
        String u = Seed.unique();
        UUID epn = seed.epn("EPN Session " + u);
        seed.person("sess" + u, "Sam", "Session", 1990, "learner-secret", "LEARNER", null, epn);
        Http visitor = new Http(root);
        visitor.get("login.xhtml");
        String before = visitor.cookie("JSESSIONID");

        assertEquals(302, visitor.submit("login.xhtml", "login", java.util.Map.of(
                "login:username", "sess" + u, "login:secret", "learner-secret", "login:submit", "x", "next", "")).statusCode());
        String after = visitor.cookie("JSESSIONID");
        assertTrue(before != null && after != null && !before.equals(after), "session id renewed: " + before + " -> " + after);
        assertEquals(200, visitor.get("api/me").statusCode());

        assertEquals(302, visitor.submit("framework/", "signOut", java.util.Map.of("signOut:submit", "x")).statusCode());
        assertEquals(401, visitor.get("api/me").statusCode(), "signed out");
    }
}
