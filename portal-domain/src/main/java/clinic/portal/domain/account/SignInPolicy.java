package clinic.portal.domain.account;

import java.time.Duration;
import java.util.Objects;

/**
 * How many wrong passwords in a row lock an account, and for how long.
 *
 * @param maxFailures  failed attempts that lock the account (at least 1)
 * @param lockDuration how long the lock lasts (positive)
 */
public record SignInPolicy(int maxFailures, Duration lockDuration) {

    /** The clinic's default: five failures lock the account for fifteen minutes. */
    public static final SignInPolicy DEFAULT = new SignInPolicy(5, Duration.ofMinutes(15));

    public SignInPolicy {
        Objects.requireNonNull(lockDuration, "lockDuration");
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        if (lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("lockDuration must be positive");
        }
    }
}
