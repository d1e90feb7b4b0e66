package clinic.portal.web.security;

import clinic.portal.ejb.account.SignInResult;
import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;

/**
 * What the identity store concluded in this request, for the login page to word its message and for
 * the forced password change. Jakarta Security itself only reports success or failure.
 */
@RequestScoped
public class SignInAttempt {

    private SignInResult result;

    void record(SignInResult result) {
        this.result = result;
    }

    public Optional<SignInResult> result() {
        return Optional.ofNullable(result);
    }
}
