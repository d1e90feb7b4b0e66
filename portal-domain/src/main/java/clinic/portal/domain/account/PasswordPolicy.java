package clinic.portal.domain.account;

import java.util.Locale;
import java.util.Optional;

/**
 * The rules a new password must meet. Length beats complexity rules (NIST SP 800-63B), so the policy asks
 * for a long password and refuses the one guess every attacker tries first: the username.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** Why a password was refused; each has a message key {@code password.problem.<name>}. */
    public enum Problem {
        REQUIRED,
        TOO_SHORT,
        TOO_LONG,
        SAME_AS_USERNAME
    }

    private PasswordPolicy() {
    }

    /** The first rule the password breaks, or empty when it is acceptable for this username. */
    public static Optional<Problem> check(String username, String password) {
        if (password == null || password.isBlank()) {
            return Optional.of(Problem.REQUIRED);
        }
        if (password.length() < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (username != null && password.strip().toLowerCase(Locale.ROOT).equals(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(Problem.SAME_AS_USERNAME);
        }
        return Optional.empty();
    }
}
