package clinic.portal.ejb.token;

import clinic.portal.domain.account.Role;
import clinic.portal.ejb.cluster.SharedCaches;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.cache.Cache;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Valid API tokens remembered for a short while ({@code PORTAL_API_TOKEN_CACHE_SECONDS}, 30 s by default), so that an
 * app's calls do not each look their token up in the database: by the token's SHA-256, in a cache every node shares
 * ({@link SharedCaches}). A token revoked, or every token of an account whose password changed or which was disabled,
 * is removed from it when the revoking transaction commits, so every node refuses it from then on.
 */
@ApplicationScoped
public class ValidTokens {

    static final String CACHE = "clinic-portal.valid-tokens";

    @Inject
    private SharedCaches caches;

    @Inject
    @ConfigProperty(name = "portal.api.token-cache-seconds", defaultValue = "30")
    private int seconds;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private Cache<String, String> cache;

    @PostConstruct
    void open() {
        cache = caches.get(CACHE, String.class, Duration.ofSeconds(Math.max(1, seconds)));
    }

    /** Who the token of this hash belongs to, if it was found valid within the last seconds. */
    public Optional<TokenService.TokenHolder> find(String hash) {
        if (seconds <= 0) {
            return Optional.empty();
        }
        String holder = cache.get(hash);
        if (holder == null) {
            return Optional.empty();
        }
        int space = holder.indexOf(' ');
        return Optional.of(new TokenService.TokenHolder(holder.substring(0, space),
                Role.valueOf(holder.substring(space + 1))));
    }

    public void remember(String hash, TokenService.TokenHolder holder) {
        if (seconds > 0) {
            cache.put(hash, holder.username() + " " + holder.role().name());
        }
    }

    /**
     * Forgets these tokens once the transaction that revokes them commits (a token forgotten before would be found
     * valid again, and remembered, by a request that reads it before the commit); at once outside a transaction.
     */
    void forget(Collection<String> hashes) {
        if (hashes.isEmpty()) {
            return;
        }
        Set<String> keys = Set.copyOf(hashes);
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            cache.removeAll(keys);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                cache.removeAll(keys);
            }
        });
    }

    void forget(String hash) {
        forget(List.of(hash));
    }
}
