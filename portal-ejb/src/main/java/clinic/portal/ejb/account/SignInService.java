package clinic.portal.ejb.account;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.audit.AuditAction;
import clinic.portal.ejb.audit.AuditTrail;
import clinic.portal.ejb.clinic.ClinicCalendar;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

import static clinic.portal.ejb.account.SignInResult.Outcome.DISABLED;
import static clinic.portal.ejb.account.SignInResult.Outcome.INVALID;
import static clinic.portal.ejb.account.SignInResult.Outcome.BUSY;
import static clinic.portal.ejb.account.SignInResult.Outcome.THROTTLED;

/**
 * Checks a username and password for the identity store. Wrong passwords are slowed down by the
 * {@link SignInThrottle} (asked first, before the database or any hashing), counted on the account for its owner
 * to be told, and never lock the account.
 * <p>
 * Callable before anyone is signed in, hence {@code @PermitAll}. The account row is locked for the attempt so
 * that concurrent wrong passwords are all counted.
 */
@Stateless
@PermitAll
public class SignInService {

    private static final Logger LOG = Logger.getLogger(SignInService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Passwords passwords;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private AuditTrail audit;

    @Inject
    private ClinicCalendar calendar;

    /**
     * @param clientAddress the address the attempt came from, for the per-address throttle (null when unknown)
     */
    public SignInResult signIn(String username, String password, String clientAddress) {
        if (username == null || password == null || username.isBlank()) {
            return SignInResult.refused(INVALID);
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        Duration wait = throttle.waitFor(name, clientAddress);
        if (!wait.isZero()) {
            return SignInResult.retryAfter(THROTTLED, wait);
        }
        Optional<Account> found = em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", name)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        Optional<Boolean> checked = passwords.bounded(() -> found
                .map(account -> account.passwordMatches(hash -> passwords.verify(password, hash)))
                .orElseGet(() -> passwords.verifyNothing(password)));
        if (checked.isEmpty()) {
            LOG.warning("A sign-in was turned away: the portal is checking as many passwords as it may");
            return SignInResult.retryAfter(BUSY, Duration.ofSeconds(1));
        }
        if (!checked.get()) {
            boolean slowing = throttle.failed(name, clientAddress);
            found.ifPresentOrElse(account -> {
                account.recordFailedSignIn(calendar.now());
                audit.recordSignIn(AuditAction.SIGN_IN_FAILED, account, "wrong password");
            }, () -> audit.recordAttempt(AuditAction.SIGN_IN_FAILED, name, "unknown username"));
            if (slowing) {
                audit.recordAttempt(AuditAction.SIGN_IN_THROTTLED, name, "wrong passwords: further attempts slowed down");
                LOG.warning(() -> "Sign-ins for a username are being slowed down after repeated wrong passwords");
            }
            return SignInResult.refused(INVALID);
        }
        Account account = found.orElseThrow();
        if (!account.isEnabled()) {
            audit.recordSignIn(AuditAction.SIGN_IN_REFUSED, account, "disabled");
            return SignInResult.refused(DISABLED);
        }
        throttle.forget(name);
        Account.FailuresSinceSignIn failures = account.recordSignIn(calendar.now());
        audit.recordSignIn(AuditAction.SIGNED_IN, account, null);
        return SignInResult.signedIn(account.getUsername(), account.getRole(), account.isPasswordChangeRequired(),
                failures);
    }
}
