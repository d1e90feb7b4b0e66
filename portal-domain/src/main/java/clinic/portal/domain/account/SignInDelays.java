package clinic.portal.domain.account;

import java.time.Duration;
import java.util.Objects;

/**
 * How failed sign-ins on one key (a username, or a client address) slow down the next attempt on it: the first
 * {@code freeFailures} cost nothing, then each further failure doubles the wait, from {@code firstDelay} up to
 * {@code maxDelay}. Failures are forgotten {@code memory} after the last one.
 * <p>
 * This replaces a hard lock-out, which let anyone lock anyone out by typing wrong passwords: a delay capped at a
 * minute per username still holds an attacker to 60 guesses an hour (OWASP ASVS 4, 2.2.1, asks for at most 100)
 * while the owner, at worst, waits that minute.
 */
public record SignInDelays(int freeFailures, Duration firstDelay, Duration maxDelay, Duration memory) {

    public SignInDelays {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(memory, "memory");
        if (freeFailures < 0) {
            throw new IllegalArgumentException("freeFailures must not be negative");
        }
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0 || memory.compareTo(maxDelay) < 0) {
            throw new IllegalArgumentException("expected 0 < firstDelay <= maxDelay <= memory");
        }
    }

    /** The wait imposed after this many failures in a row. */
    public Duration after(int failures) {
        if (failures <= freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures - 1, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
