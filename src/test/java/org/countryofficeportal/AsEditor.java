package org.countryofficeportal;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.countryofficeportal.platform.Role;

import java.util.concurrent.Callable;

/** Runs a call as an editor would, inside the container: to show what the services refuse to that role. */
@Stateless
@RunAs(Role.Names.EDITOR)
public class AsEditor {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
