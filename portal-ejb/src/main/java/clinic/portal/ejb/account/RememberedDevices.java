package clinic.portal.ejb.account;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.account.RememberMeToken;
import clinic.portal.domain.account.Role;
import clinic.portal.domain.audit.AuditAction;
import clinic.portal.ejb.Secrets;
import clinic.portal.ejb.audit.AuditTrail;
import clinic.portal.ejb.clinic.ClinicCalendar;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.logging.Logger;

import static clinic.portal.domain.account.Role.Names.ADMIN;
import static clinic.portal.domain.account.Role.Names.CLINICIAN;
import static clinic.portal.domain.account.Role.Names.PATIENT;

/**
 * Devices a patient chose to stay signed in on ({@code PORTAL_REMEMBER_ME_DAYS}, 30 by default). A cookie holds
 * {@code selector.validator}; the row keeps the selector and the validator's SHA-256 (256 random bits need no
 * password hashing). Each use rotates the validator. A cookie whose selector is known but whose validator is neither
 * the current one nor the one replaced moments ago is a copy used after its owner used theirs: every device of that
 * account is signed out. A password change or reset and disabling the account end every device.
 * <p>
 * {@code @PermitAll} where called before anyone is signed in: the security mechanism calls it with a cookie, or with
 * the username a correct password has just proved.
 */
@Stateless
public class RememberedDevices {

    private static final Logger LOG = Logger.getLogger(RememberedDevices.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private AuditTrail audit;

    @Inject
    @ConfigProperty(name = "portal.remember-me.days", defaultValue = "30")
    private int days;

    /**
     * A new remembered device for a patient who has just signed in with their password; empty for other roles (a
     * clinician's or administrator's sign-in is never kept beyond the session).
     */
    @PermitAll
    public Optional<String> remember(String username) {
        Account account = em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getSingleResult();
        if (account.getRole() != Role.PATIENT) {
            return Optional.empty();
        }
        String selector = Secrets.random(18);
        String validator = Secrets.random(32);
        OffsetDateTime now = calendar.now();
        // Devices of this account that were never used again after they expired: gone with the new one.
        em.createNamedQuery(RememberMeToken.DELETE_EXPIRED_OF)
                .setParameter("account", account.getId())
                .setParameter("now", now)
                .executeUpdate();
        em.persist(new RememberMeToken(account, selector, Secrets.sha256(validator), now, lifetime()));
        audit.recordSignIn(AuditAction.KEPT_SIGNED_IN, account, "kept signed in on a device for " + days + " days");
        return Optional.of(selector + "." + validator);
    }

    /**
     * Signs a remembered device in: who it is, and the cookie value that replaces the one presented. Empty for an
     * unknown, expired or malformed cookie, a disabled account or one with a temporary password.
     */
    @PermitAll
    public Optional<Remembered> use(String cookie) {
        String[] parts = split(cookie);
        if (parts == null) {
            return Optional.empty();
        }
        Optional<RememberMeToken> found = em.createNamedQuery(RememberMeToken.FIND_BY_SELECTOR, RememberMeToken.class)
                .setParameter("selector", parts[0])
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RememberMeToken token = found.get();
        Account account = token.getAccount();
        OffsetDateTime now = calendar.now();
        switch (token.match(Secrets.sha256(parts[1]), now)) {
            case NONE -> {
                forgetAll(account);
                audit.recordSignIn(AuditAction.REMEMBERED_DEVICES_ENDED, account,
                        "an old copy of a kept sign-in was used: every device signed out");
                LOG.warning(() -> "A replaced remember-me cookie of account " + account.getId()
                        + " was presented; every remembered device of the account is signed out");
                return Optional.empty();
            }
            case JUST_REPLACED -> {
                return token.isUsableAt(now)
                        ? Optional.of(new Remembered(account.getUsername(), account.getRole(), null))
                        : Optional.empty();
            }
            default -> {
                if (!token.isUsableAt(now)) {
                    em.remove(token);
                    return Optional.empty();
                }
                String validator = Secrets.random(32);
                token.rotate(Secrets.sha256(validator), now);
                audit.recordSignIn(AuditAction.SIGNED_IN, account, "kept signed in on this device");
                return Optional.of(new Remembered(account.getUsername(), account.getRole(), parts[0] + "." + validator));
            }
        }
    }

    /** Signing out on a device forgets it (when the cookie is its own). */
    @PermitAll
    public void forget(String cookie) {
        String[] parts = split(cookie);
        if (parts == null) {
            return;
        }
        em.createNamedQuery(RememberMeToken.FIND_BY_SELECTOR, RememberMeToken.class)
                .setParameter("selector", parts[0])
                .getResultStream()
                .filter(t -> t.match(Secrets.sha256(parts[1]), calendar.now()) != RememberMeToken.Match.NONE)
                .forEach(em::remove);
    }

    /** Ends every remembered device of an account: after a password change or reset, or when it is disabled. */
    @RolesAllowed({ADMIN, CLINICIAN, PATIENT})
    public void forgetAllOf(Account account) {
        forgetAll(account);
    }

    private void forgetAll(Account account) {
        em.createNamedQuery(RememberMeToken.DELETE_FOR_ACCOUNT).setParameter("account", account.getId()).executeUpdate();
    }

    /** How long a remembered device stays signed in. */
    @PermitAll
    public Duration lifetime() {
        return Duration.ofDays(days);
    }

    private static String[] split(String cookie) {
        if (cookie == null || cookie.length() > 200) {
            return null;
        }
        int dot = cookie.indexOf('.');
        if (dot <= 0 || dot == cookie.length() - 1 || dot > 32) {
            return null;
        }
        return new String[]{cookie.substring(0, dot), cookie.substring(dot + 1)};
    }

    /**
     * A device signed in by its cookie.
     *
     * @param nextCookie the cookie value that replaces the one presented, or null to keep it (it was replaced moments
     *                   ago by a page opened at the same time, whose answer carries the new one)
     */
    public record Remembered(String username, Role role, String nextCookie) {
    }
}
