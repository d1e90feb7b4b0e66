package clinic.portal.ejb.account;

import clinic.portal.domain.account.Role;

/**
 * What a sign-in attempt came to. Only {@link Outcome#LOCKED} and {@link Outcome#DISABLED} say more than
 * "wrong username or password", and only after a correct password, so an attacker learns nothing new.
 */
public record SignInResult(Outcome outcome, String username, Role role, boolean passwordChangeRequired) {

    public enum Outcome {
        SIGNED_IN,
        INVALID,
        LOCKED,
        DISABLED
    }

    static SignInResult signedIn(String username, Role role, boolean passwordChangeRequired) {
        return new SignInResult(Outcome.SIGNED_IN, username, role, passwordChangeRequired);
    }

    static SignInResult refused(Outcome outcome) {
        return new SignInResult(outcome, null, null, false);
    }

    public boolean signedIn() {
        return outcome == Outcome.SIGNED_IN;
    }
}
