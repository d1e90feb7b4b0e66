package clinic.portal.ejb.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Hashes and verifies passwords with Jakarta Security's PBKDF2 implementation.
 * <p>
 * PBKDF2-HMAC-SHA512 at 210,000 iterations follows OWASP's current advice; the iteration count is stored in
 * each hash, so raising it later ({@code PORTAL_PASSWORD_ITERATIONS}) leaves older hashes verifiable.
 * {@link #verifyNothing(String)} spends the same time as a real check, so a wrong username cannot be told
 * from a wrong password by timing.
 * <p>
 * Checks made for a sign-in run {@linkplain #bounded(Supplier) bounded}: at most
 * {@code PORTAL_PASSWORD_CONCURRENT_CHECKS} at a time (half the processors by default, at least one), with as many
 * more waiting at most half a second; any further one is turned away at once instead of holding a request thread, so
 * password hashing can never take every core or every thread the portal has (measured: bench/signin-flood.sh).
 */
@ApplicationScoped
public class Passwords {

    @Inject
    private Pbkdf2PasswordHash hash;

    @Inject
    @ConfigProperty(name = "portal.password.iterations", defaultValue = "210000")
    private int iterations;

    @Inject
    @ConfigProperty(name = "portal.password.concurrent-checks", defaultValue = "0")
    private int concurrentChecks;

    private String decoyHash;
    private Semaphore checking;
    private Semaphore admitted;
    private int permits;
    private final LongAdder turnedAway = new LongAdder();

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        decoyHash = hash.generate(Base64.getEncoder().encodeToString(random).toCharArray());
        permits = concurrentChecks > 0 ? concurrentChecks : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        checking = new Semaphore(permits, true);
        admitted = new Semaphore(permits * 2);
    }

    /**
     * Runs a password check within the bounded pool.
     *
     * @return the check's answer, or empty when the portal is already checking as many passwords as it may
     */
    public <T> Optional<T> bounded(Supplier<T> check) {
        if (!admitted.tryAcquire()) {
            turnedAway.increment();
            return Optional.empty();
        }
        try {
            if (!checking.tryAcquire(500, TimeUnit.MILLISECONDS)) {
                turnedAway.increment();
                return Optional.empty();
            }
            try {
                return Optional.of(check.get());
            } finally {
                checking.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            admitted.release();
        }
    }

    /** Password checks running now, for the metrics. */
    public int checksInProgress() {
        return permits - checking.availablePermits();
    }

    /** Sign-ins turned away since start because the pool and its queue were full, for the metrics. */
    public long turnedAway() {
        return turnedAway.sum();
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    /**
     * A hash no password is known for (of random bytes drawn at start and never kept), for an account whose holder has
     * not chosen a password yet: an invited one. Verifying against it costs what any check costs, so such an account
     * signs in as slowly as any, and never; no hashing is spent on a secret nobody will type.
     */
    public String unknowable() {
        return decoyHash;
    }

    public boolean verify(String password, String storedHash) {
        return hash.verify(password.toCharArray(), storedHash);
    }

    /** Costs what {@link #verify} costs and always fails: for usernames that do not exist. */
    public boolean verifyNothing(String password) {
        hash.verify(password.toCharArray(), decoyHash);
        return false;
    }
}
