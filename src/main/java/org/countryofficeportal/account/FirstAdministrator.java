package org.countryofficeportal.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * No credentials ship with the portal: the first start creates the administrator {@code admin} with the password
 * in {@code OFFICE_ADMIN_PASSWORD}, or a random one written once to the log, to be changed at the first login.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @EJB
    private AccountService accounts;

    @Inject
    @ConfigProperty(name = "office.admin.password")
    private Optional<String> configuredPassword;

    /**
     * Outside any transaction, so that the creation is a transaction of its own (instances starting together on one
     * database take it in turn: FirstStartLock). Public, a business method too: a test deployment repeats the first
     * start on a database it has emptied.
     */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void createOnFirstStart() {
        Optional<String> given = configuredPassword.filter(password -> !password.isBlank());
        accounts.createFirstAdministrator(given).ifPresent(password -> LOG.warning(given.isPresent()
                ? "administrator account 'admin' created with the password from OFFICE_ADMIN_PASSWORD"
                : "administrator account 'admin' created with the one-time password " + password
                  + " (it must be changed at the first login; it is not shown again)"));
    }
}
