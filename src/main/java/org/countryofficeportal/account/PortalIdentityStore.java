package org.countryofficeportal.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import org.countryofficeportal.platform.ClientAddress;

import java.util.Set;

/** Checks staff logins against the accounts in the database, with their hashed passwords and throttling. */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @EJB
    private AccountService accounts;

    @Inject
    private HttpServletRequest request;

    @Inject
    private ClientAddress clientAddress;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accounts.verify(login.getCaller(), login.getPassword().getValue(), clientAddress.of(request))
                .map(account -> new CredentialValidationResult(account.username(), Set.of(account.role().name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
