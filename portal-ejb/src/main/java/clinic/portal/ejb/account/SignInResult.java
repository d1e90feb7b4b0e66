package clinic.portal.ejb.account;

import clinic.portal.domain.account.Account.FailuresSinceSignIn;
import clinic.portal.domain.account.Role;

import java.time.Duration;

/**
 * What a sign-in attempt came to. Only {@link Outcome#DISABLED} says more than "wrong username or password", and
 * only after a correct password, so an attacker learns nothing new. {@link Outcome#THROTTLED} and
 * {@link Outcome#BUSY} mean the password was not checked at all; {@code retryAfter} says when to try again.
 *
 * @param failuresSinceLast on success: the wrong passwords typed for this account since its previous sign-in
 */
public record SignInResult(Outcome outcome, String username, Role role, boolean passwordChangeRequired,
                           Duration retryAfter, FailuresSinceSignIn failuresSinceLast) {

    public enum Outcome {
        SIGNED_IN,
        INVALID,
        DISABLED,
        /** Too many wrong passwords for this username or from this address: wait {@code retryAfter}. */
        THROTTLED,
        /** The portal is checking as many passwords as it may: try again in a moment. */
        BUSY
    }

    static SignInResult signedIn(String username, Role role, boolean passwordChangeRequired,
                                 FailuresSinceSignIn failures) {
        return new SignInResult(Outcome.SIGNED_IN, username, role, passwordChangeRequired, Duration.ZERO, failures);
    }

    static SignInResult refused(Outcome outcome) {
        return new SignInResult(outcome, null, null, false, Duration.ZERO, FailuresSinceSignIn.NONE);
    }

    static SignInResult retryAfter(Outcome outcome, Duration wait) {
        return new SignInResult(outcome, null, null, false, wait, FailuresSinceSignIn.NONE);
    }

    /** Whole seconds to wait (at least one), for a {@code Retry-After} header or a message. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    public boolean signedIn() {
        return outcome == Outcome.SIGNED_IN;
    }
}
