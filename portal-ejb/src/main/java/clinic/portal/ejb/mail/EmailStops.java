package clinic.portal.ejb.mail;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.account.EmailPreferences;
import clinic.portal.domain.audit.AuditAction;
import clinic.portal.domain.mail.MailKind;
import clinic.portal.domain.reminder.WalkReminder;
import clinic.portal.ejb.audit.AuditTrail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Arrays;
import java.util.Optional;

/**
 * The one-click links that stop a kind of email ({@code /unsubscribe?token=…}, and the RFC 8058 headers that carry
 * the same link): a token signed for that kind and account, so the link is the credential, like the email it came in.
 * Anyone holding it may use it, hence no role; nothing but that kind of email changes.
 */
@Stateless
@PermitAll
public class EmailStops {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LinkSigner signer;

    @Inject
    private AuditTrail audit;

    /** What the stop links of a kind are signed for (walk reminders kept the name their first links carried). */
    static String purpose(MailKind kind) {
        return kind == MailKind.WALK_REMINDER ? "walk-reminders" : "stop:" + kind.name();
    }

    /** The kind of email a link stops, if it is a good link. */
    public Optional<MailKind> kindOf(String token) {
        return Arrays.stream(MailKind.values()).filter(MailKind::isStoppable)
                .filter(kind -> signer.verify(purpose(kind), token).isPresent()).findFirst();
    }

    /** Stops the kind of email the link names, for the account it names; answers the kind, if the link was good. */
    public Optional<MailKind> stop(String token) {
        Optional<MailKind> kind = kindOf(token);
        if (kind.isEmpty()) {
            return kind;
        }
        Account account = signer.verify(purpose(kind.get()), token).map(id -> em.find(Account.class, id)).orElse(null);
        if (account == null) {
            return Optional.empty();
        }
        boolean changed;
        if (kind.get() == MailKind.WALK_REMINDER) {
            changed = em.createNamedQuery(WalkReminder.DELETE_FOR_ACCOUNT).setParameter("account", account.getId())
                    .executeUpdate() > 0;
        } else {
            EmailPreferences preferences = account.getEmailPreferences();
            changed = switch (kind.get()) {
                case NEW_MESSAGE -> preferences.isOnMessage();
                case WEEKLY_SUMMARY -> preferences.isWeeklySummary();
                default -> preferences.isMorningDigest();
            };
            switch (kind.get()) {
                case NEW_MESSAGE -> preferences.setOnMessage(false);
                case WEEKLY_SUMMARY -> preferences.setWeeklySummary(false);
                default -> preferences.setMorningDigest(false);
            }
            account.apply(preferences);
        }
        if (changed) {
            audit.recordSignIn(kind.get() == MailKind.WALK_REMINDER ? AuditAction.REMINDERS_STOPPED
                    : AuditAction.EMAILS_STOPPED, account, kind.get() + " stopped from the email link");
        }
        return kind;
    }
}
