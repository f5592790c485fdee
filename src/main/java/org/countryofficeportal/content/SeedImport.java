package org.countryofficeportal.content;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.countryofficeportal.platform.Role;

/**
 * The portal's own import of the seed content it ships, on its first start, with no one signed in: it acts as an
 * administrator (the principal "Seed content", mapped in WEB-INF/payara-web.xml and glassfish-ejb-jar.xml; no
 * account can have that name), so that the seed goes through the same commands and checks as any import, and the
 * audit log says where its entries came from. It can bring in nothing but that bundle, and only into an empty
 * instance.
 */
@Stateless
@RunAs(Role.Names.ADMIN)
public class SeedImport {

    @EJB
    private ContentImporter importer;

    @PermitAll
    public ImportSummary importShippedSeed() {
        return importer.importShippedSeed();
    }
}
