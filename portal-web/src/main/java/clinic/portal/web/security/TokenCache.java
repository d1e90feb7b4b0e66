package clinic.portal.web.security;

import clinic.portal.ejb.Secrets;
import clinic.portal.ejb.token.TokenService;
import clinic.portal.ejb.token.ValidTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * Who an API token belongs to, on the hot path of every API call: from the valid tokens every node shares
 * ({@link ValidTokens}) when the token was found valid within the last seconds, else from the database (one indexed
 * lookup), then remembered. A revoked token, or a disabled account's, is refused by every node as soon as the
 * revocation commits.
 */
@ApplicationScoped
public class TokenCache {

    @Inject
    private TokenService tokens;

    @Inject
    private ValidTokens valid;

    public Optional<TokenService.TokenHolder> holder(String token) {
        String hash = Secrets.sha256(token);
        Optional<TokenService.TokenHolder> cached = valid.find(hash);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<TokenService.TokenHolder> holder = tokens.holder(token);
        holder.ifPresent(h -> valid.remember(hash, h));
        return holder;
    }
}
