package clinic.portal.ejb.account;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.account.SignInPolicy;
import clinic.portal.domain.audit.AuditAction;
import clinic.portal.ejb.audit.AuditTrail;
import clinic.portal.ejb.clinic.ClinicCalendar;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

import static clinic.portal.ejb.account.SignInResult.Outcome.DISABLED;
import static clinic.portal.ejb.account.SignInResult.Outcome.INVALID;
import static clinic.portal.ejb.account.SignInResult.Outcome.LOCKED;

/**
 * Checks a username and password for the identity store, counting failures and locking the account per the
 * configured {@link SignInPolicy}.
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
    private AuditTrail audit;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    @ConfigProperty(name = "portal.signin.max-failures", defaultValue = "5")
    private int maxFailures;

    @Inject
    @ConfigProperty(name = "portal.signin.lock-minutes", defaultValue = "15")
    private long lockMinutes;

    private SignInPolicy policy;

    @PostConstruct
    void readPolicy() {
        policy = new SignInPolicy(maxFailures, Duration.ofMinutes(lockMinutes));
    }

    public SignInResult signIn(String username, String password) {
        if (username == null || password == null || username.isBlank()) {
            return SignInResult.refused(INVALID);
        }
        Optional<Account> found = em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", username.strip().toLowerCase(Locale.ROOT))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            passwords.verifyNothing(password);
            audit.recordAttempt(AuditAction.SIGN_IN_FAILED, username.strip().toLowerCase(Locale.ROOT), "unknown username");
            return SignInResult.refused(INVALID);
        }
        Account account = found.get();
        OffsetDateTime now = calendar.now();
        boolean correct = account.passwordMatches(hash -> passwords.verify(password, hash));
        if (account.isLockedAt(now)) {
            audit.recordSignIn(correct ? AuditAction.SIGN_IN_REFUSED : AuditAction.SIGN_IN_FAILED, account, "locked");
            return SignInResult.refused(correct ? LOCKED : INVALID);
        }
        if (!correct) {
            account.recordFailedSignIn(now, policy);
            audit.recordSignIn(AuditAction.SIGN_IN_FAILED, account, "wrong password");
            if (account.isLockedAt(now)) {
                audit.recordSignIn(AuditAction.ACCOUNT_LOCKED, account,
                        policy.maxFailures() + " failed sign-ins in a row");
                LOG.warning(() -> "Account " + account.getId() + " locked after " + policy.maxFailures() + " failed sign-ins");
            }
            return SignInResult.refused(INVALID);
        }
        if (!account.isEnabled()) {
            audit.recordSignIn(AuditAction.SIGN_IN_REFUSED, account, "disabled");
            return SignInResult.refused(DISABLED);
        }
        account.recordSignIn(now);
        audit.recordSignIn(AuditAction.SIGNED_IN, account, null);
        return SignInResult.signedIn(account.getUsername(), account.getRole(), account.isPasswordChangeRequired());
    }
}
