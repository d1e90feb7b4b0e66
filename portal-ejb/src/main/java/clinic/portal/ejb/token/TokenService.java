package clinic.portal.ejb.token;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.account.ApiToken;
import clinic.portal.domain.account.Role;
import clinic.portal.domain.audit.AuditAction;
import clinic.portal.ejb.Secrets;
import clinic.portal.ejb.audit.AuditTrail;
import clinic.portal.ejb.clinic.ClinicCalendar;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.OffsetDateTime;
import java.util.Optional;

import static clinic.portal.domain.account.Role.Names.ADMIN;
import static clinic.portal.domain.account.Role.Names.CLINICIAN;
import static clinic.portal.domain.account.Role.Names.PATIENT;

/**
 * Issues, checks and revokes API bearer tokens. A token is 256 random bits; only its SHA-256 is stored, which is
 * enough for a secret that long (no password hashing needed), and checking it is one indexed lookup.
 */
@Stateless
public class TokenService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private AuditTrail audit;

    @Inject
    private ValidTokens valid;

    @Inject
    @ConfigProperty(name = "portal.api.token-days", defaultValue = "30")
    private int tokenDays;

    /** A new token for the caller, shown to them this once. */
    @RolesAllowed({ADMIN, CLINICIAN, PATIENT})
    public IssuedToken issue() {
        Account me = em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", context.getCallerPrincipal().getName())
                .getSingleResult();
        String token = Secrets.random(32);
        OffsetDateTime now = calendar.now();
        ApiToken stored = new ApiToken(me, Secrets.sha256(token), now, now.plusDays(tokenDays));
        em.persist(stored);
        audit.record(AuditAction.API_TOKEN_ISSUED, me, "valid until " + stored.getExpiresAt());
        return new IssuedToken(token, stored.getExpiresAt());
    }

    /**
     * Ends every token of an account: after a password change or reset, or when it is disabled. Every node refuses
     * them once this transaction commits ({@link ValidTokens}).
     */
    @RolesAllowed({ADMIN, CLINICIAN, PATIENT})
    public void revokeAllOf(Account account) {
        valid.forget(em.createQuery("SELECT t.tokenHash FROM ApiToken t WHERE t.account.id = :account"
                        + " AND t.revokedAt IS NULL", String.class)
                .setParameter("account", account.getId())
                .getResultList());
        int revoked = em.createNamedQuery(ApiToken.REVOKE_ALL_OF)
                .setParameter("now", calendar.now())
                .setParameter("account", account.getId())
                .executeUpdate();
        if (revoked > 0) {
            audit.record(AuditAction.API_TOKEN_REVOKED, account, revoked + " token(s), with the password or the account");
        }
    }

    /** Who a token belongs to, if it is valid and their account enabled with a password of their own. */
    @PermitAll
    public Optional<TokenHolder> holder(String token) {
        return em.createNamedQuery(ApiToken.FIND_VALID, ApiToken.class)
                .setParameter("hash", Secrets.sha256(token))
                .setParameter("now", calendar.now())
                .getResultStream().findFirst()
                .map(t -> new TokenHolder(t.getAccount().getUsername(), t.getAccount().getRole()));
    }

    /** Ends a token of the caller's; someone else's token is left alone. */
    @RolesAllowed({ADMIN, CLINICIAN, PATIENT})
    public void revoke(String token) {
        em.createNamedQuery(ApiToken.FIND_BY_HASH, ApiToken.class)
                .setParameter("hash", Secrets.sha256(token))
                .getResultStream()
                .filter(t -> t.getAccount().getUsername().equals(context.getCallerPrincipal().getName()))
                .forEach(t -> {
                    t.revoke(calendar.now());
                    valid.forget(t.getTokenHash());
                    audit.record(AuditAction.API_TOKEN_REVOKED, t.getAccount(), null);
                });
    }

    /** The account a valid token stands for. */
    public record TokenHolder(String username, Role role) {
    }

    /** A token as handed out once. */
    public record IssuedToken(String token, OffsetDateTime expiresAt) {
    }
}
