package org.countryofficeportal;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.sql.SQLException;

/**
 * The one test deployment, for the Arquillian tests and the portal the other integration tests share
 * ({@link SharedPortal}): the WAR the build produced, as it ships.
 */
public final class Deployments {

    private Deployments() {
    }

    /**
     * The built WAR, plus the test classes that run inside the container and the means to act as an administrator
     * or an editor. Arquillian asks for it right before it starts the class's Payara process, so this is where the
     * database is emptied: every Arquillian test class starts from a new installation, seed import included.
     */
    public static WebArchive portal(Class<?>... inContainer) {
        try {
            TestDatabase.ARQUILLIAN.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty the test database", e);
        }
        return archive(inContainer);
    }

    /** The test WAR alone, for a portal process that is started (and its database emptied) elsewhere. */
    static WebArchive archive(Class<?>... inContainer) {
        File war = new File(System.getProperty("portal.war", "target/portal.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war).addClasses(inContainer)
                .addClasses(AsAdministrator.class, AsEditor.class, TestClock.class, TestContent.class)
                .addAsWebInfResource("run-as/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml")
                .addAsWebInfResource("run-as/payara-web.xml", "payara-web.xml");
    }
}
