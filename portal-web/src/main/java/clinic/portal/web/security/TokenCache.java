package clinic.portal.web.security;

import clinic.portal.ejb.token.TokenService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers valid API tokens for a short while, so an app's calls do not each look their token up in the
 * database. A revoked token, or a disabled account, stops working within {@code PORTAL_API_TOKEN_CACHE_SECONDS}
 * (30 s by default); on the node that revoked it, at once.
 */
@ApplicationScoped
public class TokenCache {

    private static final int MAX_ENTRIES = 10_000;

    @Inject
    private TokenService tokens;

    @Inject
    @ConfigProperty(name = "portal.api.token-cache-seconds", defaultValue = "30")
    private int seconds;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public Optional<TokenService.TokenHolder> holder(String token) {
        long now = System.nanoTime();
        Entry cached = entries.get(token);
        if (cached != null && now - cached.loadedAt < Duration.ofSeconds(seconds).toNanos()) {
            return Optional.of(cached.holder);
        }
        Optional<TokenService.TokenHolder> holder = tokens.holder(token);
        if (holder.isPresent()) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(token, new Entry(holder.get(), now));
        } else {
            entries.remove(token);
        }
        return holder;
    }

    public void forget(String token) {
        entries.remove(token);
    }

    private record Entry(TokenService.TokenHolder holder, long loadedAt) {
    }
}
