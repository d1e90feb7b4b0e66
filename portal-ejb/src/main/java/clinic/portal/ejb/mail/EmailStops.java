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
        return verified(token).map(Link::kind);
    }

    /** Stops the kind of email the link names, for the account it names; answers the kind, if the link was good. */
    public Optional<MailKind> stop(String token) {
        Optional<Link> link = verified(token);
        Account account = link.map(l -> em.find(Account.class, l.accountId())).orElse(null);
        if (account == null) {
            return Optional.empty();
        }
        MailKind kind = link.get().kind();
        boolean changed;
        if (kind == MailKind.WALK_REMINDER) {
            changed = em.createNamedQuery(WalkReminder.DELETE_FOR_ACCOUNT).setParameter("account", account.getId())
                    .executeUpdate() > 0;
        } else {
            EmailPreferences preferences = account.getEmailPreferences();
            changed = switch (kind) {
                case NEW_MESSAGE -> turnedOff(preferences.isOnMessage(), () -> preferences.setOnMessage(false));
                case WEEKLY_SUMMARY -> turnedOff(preferences.isWeeklySummary(), () -> preferences.setWeeklySummary(false));
                default -> turnedOff(preferences.isMorningDigest(), () -> preferences.setMorningDigest(false));
            };
            account.apply(preferences);
        }
        if (changed) {
            audit.recordSignIn(kind == MailKind.WALK_REMINDER ? AuditAction.REMINDERS_STOPPED : AuditAction.EMAILS_STOPPED,
                    account, kind + " stopped from the email link");
        }
        return Optional.of(kind);
    }

    private static boolean turnedOff(boolean wasOn, Runnable turnOff) {
        turnOff.run();
        return wasOn;
    }

    /** The kind and account a token was signed for, each checked once. */
    private Optional<Link> verified(String token) {
        for (MailKind kind : MailKind.values()) {
            if (kind.isStoppable()) {
                Optional<Long> account = signer.verify(purpose(kind), token);
                if (account.isPresent()) {
                    return Optional.of(new Link(kind, account.get()));
                }
            }
        }
        return Optional.empty();
    }

    private record Link(MailKind kind, long accountId) {
    }
}
