package org.countryofficeportal;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.countryofficeportal.account.Role;

import java.util.concurrent.Callable;

/**
 * Runs test set-up as an administrator would, inside the container: the services refuse writes to anyone
 * without a staff role, tests included.
 */
@Stateless
@RunAs(Role.Names.ADMIN)
public class AsAdministrator {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    public void run(Runnable work) {
        work.run();
    }
}
