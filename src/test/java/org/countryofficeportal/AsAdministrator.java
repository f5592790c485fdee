package org.countryofficeportal;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.countryofficeportal.platform.Role;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

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

    public <T> T supply(Supplier<T> work) {
        return work.get();
    }

    public void run(Runnable work) {
        work.run();
    }
}
