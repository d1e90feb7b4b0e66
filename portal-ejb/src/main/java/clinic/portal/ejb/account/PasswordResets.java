package clinic.portal.ejb.account;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.account.ApiToken;
import clinic.portal.domain.account.PasswordResetLink;
import clinic.portal.domain.account.RememberMeToken;
import clinic.portal.domain.audit.AuditAction;
import clinic.portal.domain.mail.MailKind;
import clinic.portal.ejb.RuleViolation;
import clinic.portal.ejb.Secrets;
import clinic.portal.ejb.audit.AuditTrail;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.mail.Outbox;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Forgot your password?", for someone who is not signed in (hence no role: the link in their email is the
 * credential). A request answers the same whether or not an account matches, sends at most
 * {@value PasswordResetLink#MAX_PER_HOUR} links an hour to an account, and is audited; a link sets a new password
 * once, within 30 minutes, and ends every remembered device and API token of the account (the web layer ends its
 * signed-in sessions).
 */
@Stateless
@PermitAll
public class PasswordResets {

    /** Rule key: the link is unknown, used, expired, or its account disabled. */
    public static final String LINK_UNUSABLE = "reset.violation.UNUSABLE";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private Passwords passwords;

    @Inject
    private Outbox outbox;

    @Inject
    private AuditTrail audit;

    /** Sends a link to the account with this username or email address, if there is one; says nothing either way. */
    public void request(@NotNull @Size(max = 254) String usernameOrEmail) {
        String who = usernameOrEmail.strip().toLowerCase(Locale.ROOT);
        OffsetDateTime now = calendar.now();
        Optional<Account> found = em.createQuery("SELECT a FROM Account a WHERE a.username = :who OR LOWER(a.email) = :who"
                        + " ORDER BY a.id", Account.class)
                .setParameter("who", who)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
        if (found.isEmpty() || !found.get().isEnabled()) {
            audit.recordAttempt(AuditAction.PASSWORD_RESET_REQUESTED, who.length() > 50 ? who.substring(0, 50) : who,
                    found.isEmpty() ? "no such account: nothing sent" : "disabled: nothing sent");
            return;
        }
        Account account = found.get();
        long lately = em.createNamedQuery(PasswordResetLink.COUNT_SINCE, Long.class)
                .setParameter("account", account.getId())
                .setParameter("since", now.minusHours(1))
                .getSingleResult();
        if (lately >= PasswordResetLink.MAX_PER_HOUR) {
            audit.recordSignIn(AuditAction.PASSWORD_RESET_REQUESTED, account, "too many in an hour: nothing sent");
            return;
        }
        String token = Secrets.random(32);
        em.persist(new PasswordResetLink(account, Secrets.sha256(token), now));
        outbox.write(account, MailKind.PASSWORD_RESET, "/reset.xhtml?token=" + token);
        audit.recordSignIn(AuditAction.PASSWORD_RESET_REQUESTED, account, "link sent, valid 30 minutes");
    }

    /** Whether the link can still set a password (the page says so before anyone types one). */
    public boolean isUsable(String token) {
        return find(token).isPresent();
    }

    /**
     * Sets the new password through the link, once; every other link, remembered device and API token of the
     * account ends. Answers the username, for the web layer to end its signed-in sessions.
     *
     * @throws RuleViolation when the link cannot be used, or the password is weak
     */
    public String redeem(@NotNull String token, @NotNull String newPassword) {
        PasswordResetLink link = find(token).orElseThrow(() -> new RuleViolation(LINK_UNUSABLE, null));
        Account account = link.getAccount();
        AccountService.requireStrong(account, newPassword, "newPassword");
        OffsetDateTime now = calendar.now();
        account.changePassword(passwords.hash(newPassword));
        em.createNamedQuery(PasswordResetLink.USE_ALL_OF).setParameter("now", now)
                .setParameter("account", account.getId()).executeUpdate();
        em.createNamedQuery(RememberMeToken.DELETE_FOR_ACCOUNT).setParameter("account", account.getId()).executeUpdate();
        em.createNamedQuery(ApiToken.REVOKE_ALL_OF).setParameter("now", now)
                .setParameter("account", account.getId()).executeUpdate();
        audit.recordSignIn(AuditAction.PASSWORD_RESET_BY_LINK, account,
                "new password set through an emailed link; every session, device and token ended");
        return account.getUsername();
    }

    private Optional<PasswordResetLink> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        List<PasswordResetLink> links = em.createNamedQuery(PasswordResetLink.FIND_BY_HASH, PasswordResetLink.class)
                .setParameter("hash", Secrets.sha256(token.strip()))
                .getResultList();
        return links.stream().filter(l -> l.isUsableAt(calendar.now())).findFirst();
    }
}
