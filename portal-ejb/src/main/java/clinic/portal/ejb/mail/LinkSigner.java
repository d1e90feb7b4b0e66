package clinic.portal.ejb.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Signs the links in emails that act without a sign-in (stop these reminders): {@code <account id>.<HMAC-SHA256>}.
 * The key is made on first start and kept in the database, so every node and every restart signs alike; nothing
 * secret is in the repository or the configuration.
 */
@Singleton
@Startup
@DependsOn("DatabaseSchema")
@PermitAll
@Lock(LockType.READ)
public class LinkSigner {

    private static final String KEY_NAME = "link-signing-key";

    @PersistenceContext
    private EntityManager em;

    private byte[] key;

    @PostConstruct
    void load() {
        key = Base64.getDecoder().decode(stored().orElseGet(() -> {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            String encoded = Base64.getEncoder().encodeToString(fresh);
            try {
                em.createNativeQuery("INSERT INTO portal_secret (name, secret) VALUES (?1, ?2)")
                        .setParameter(1, KEY_NAME).setParameter(2, encoded).executeUpdate();
                return encoded;
            } catch (RuntimeException another) {
                // Another node made it first: use theirs.
                return stored().orElseThrow(() -> another);
            }
        }));
    }

    private Optional<String> stored() {
        List<?> rows = em.createNativeQuery("SELECT secret FROM portal_secret WHERE name = ?1")
                .setParameter(1, KEY_NAME).getResultList();
        return rows.stream().map(String::valueOf).findFirst();
    }

    /** A token naming the account, for this purpose. */
    public String sign(String purpose, long accountId) {
        return accountId + "." + mac(purpose, accountId);
    }

    /** The account a token names, if it was signed here for this purpose. */
    public Optional<Long> verify(String purpose, String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        long accountId;
        try {
            accountId = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        boolean valid = MessageDigest.isEqual(mac(purpose, accountId).getBytes(StandardCharsets.US_ASCII),
                token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
        return valid ? Optional.of(accountId) : Optional.empty();
    }

    private String mac(String purpose, long accountId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal((purpose + ":" + accountId).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this Java", e);
        }
    }
}
