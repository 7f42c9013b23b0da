package be.epn.campus.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archives integration tests deploy: always the real EAR that the build produced (the one a newcomer
 * runs), never a hand-assembled subset, so tests prove what ships.
 */
public final class CampusDeployments {

    private static final String WEB_MODULE = "campus-web.war";
    private static final String EJB_MODULE = "campus-ejb.jar";

    private CampusDeployments() {
    }

    /** The EAR as built, for black-box tests over HTTP and in a browser. */
    public static EnterpriseArchive ear() {
        String path = System.getProperty("campus.ear");
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("No EAR at campus.ear=" + path + "; run the tests through Maven (./mvnw verify)");
        }
        EnterpriseArchive built = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(path));
        // Payara stores an upload under its file name in the shared temporary directory: test runs of
        // several checkouts at once would delete each other's "epn-campus.ear". One name per test JVM.
        return ShrinkWrap.create(EnterpriseArchive.class, "epn-campus-it-" + ProcessHandle.current().pid() + ".ear").merge(built);
    }

    /**
     * The EAR plus the test-only fixture servlet ({@code /it-fixtures/*}) that seeds EPNs and people, for
     * black-box and browser tests that need signed-in users.
     */
    public static EnterpriseArchive earWithFixtures() {
        EnterpriseArchive ear = earWith(be.epn.campus.it.fixtures.FixtureServlet.class);
        // The fixture bean goes into the EJB module: the persistence unit is visible there, not from the WAR.
        JavaArchive ejb = ear.getAsType(JavaArchive.class, EJB_MODULE);
        ejb.addClass(be.epn.campus.it.fixtures.Fixtures.class);
        ejb.addClass(be.epn.campus.it.fixtures.PlacementFixtures.class);
        ear.delete(EJB_MODULE);
        ear.addAsModule(ejb);
        return ear;
    }

    /** The EAR with test classes added to its web module, for tests that run inside the server. */
    public static EnterpriseArchive earWith(Class<?>... testClasses) {
        EnterpriseArchive ear = ear();
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        web.addClasses(testClasses);
        ear.delete(WEB_MODULE);
        ear.addAsModule(web);
        return ear;
    }
}
