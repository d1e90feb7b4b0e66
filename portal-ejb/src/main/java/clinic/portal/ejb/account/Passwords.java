package clinic.portal.ejb.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Hashes and verifies passwords with Jakarta Security's PBKDF2 implementation.
 * <p>
 * PBKDF2-HMAC-SHA512 at 210,000 iterations follows OWASP's current advice; the iteration count is stored in
 * each hash, so raising it later ({@code PORTAL_PASSWORD_ITERATIONS}) leaves older hashes verifiable.
 * {@link #verifyNothing(String)} spends the same time as a real check, so a wrong username cannot be told
 * from a wrong password by timing.
 */
@ApplicationScoped
public class Passwords {

    @Inject
    private Pbkdf2PasswordHash hash;

    @Inject
    @ConfigProperty(name = "portal.password.iterations", defaultValue = "210000")
    private int iterations;

    private String decoyHash;

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
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
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
