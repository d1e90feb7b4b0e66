package clinic.portal.web.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The WAR the build produced, as tests deploy it: the real application, not a hand-picked subset, so a test
 * passes only if the shipped artefact works.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive portal() {
        String path = System.getProperty("portal.war", "target/portal.war");
        File war = new File(path);
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war.getAbsolutePath());
        }
        return ShrinkWrap.create(ZipImporter.class, "portal.war").importFrom(war).as(WebArchive.class);
    }

    /** The WAR plus the in-container test helpers. */
    public static WebArchive portalWithTestSupport() {
        return portal().addClasses(CurrentExchange.class, Caller.class, TestData.class, Unique.class, Http.class, Causes.class,
                MovableClock.class, TestControl.class, QueryCount.class);
    }
}
