package clinic.portal.web.security;

import clinic.portal.ejb.account.SignInResult;
import clinic.portal.ejb.account.SignInService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Set;

/**
 * The identity store over the account table: the caller's name is the username and their one group is
 * the account's role. The client's address goes with each attempt, for the per-address sign-in throttle
 * ({@link ClientAddress}: the connection's, or behind a trusted load balancer the one it forwards).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private SignInService signIn;

    @Inject
    private SignInAttempt attempt;

    @Inject
    private HttpServletRequest request;

    @Inject
    private ClientAddress client;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignInResult result = signIn.signIn(credential.getCaller(), credential.getPasswordAsString(),
                client.of(request));
        attempt.record(result);
        if (!result.signedIn()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.username(), Set.of(result.role().name()));
    }
}
