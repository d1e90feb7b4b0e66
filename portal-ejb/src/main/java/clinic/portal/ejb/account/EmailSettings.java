package clinic.portal.ejb.account;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.account.EmailPreferences;
import clinic.portal.domain.audit.AuditAction;
import clinic.portal.ejb.audit.AuditTrail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import static clinic.portal.domain.account.Role.Names.ADMIN;
import static clinic.portal.domain.account.Role.Names.CLINICIAN;
import static clinic.portal.domain.account.Role.Names.PATIENT;

/**
 * What the signed-in person wants by email (their account page): message notices, a patient's weekly summary, a
 * clinician's morning list, quiet hours. Their own account only; a change is audited.
 */
@Stateless
@RolesAllowed({PATIENT, CLINICIAN, ADMIN})
public class EmailSettings {

    @Inject
    private AccountService accounts;

    @Inject
    private AuditTrail audit;

    /** A copy of the caller's preferences, to edit and save. */
    public EmailPreferences mine() {
        return accounts.getCurrentAccount().getEmailPreferences();
    }

    /** Saves the caller's preferences (quiet hours are both times or neither, checked by Bean Validation). */
    public void saveMine(@NotNull @Valid EmailPreferences preferences) {
        Account me = accounts.getCurrentAccount();
        me.apply(preferences);
        audit.record(AuditAction.EMAIL_PREFERENCES_CHANGED, me, describe(preferences));
    }

    private static String describe(EmailPreferences p) {
        return "messages " + (p.isOnMessage() ? "on" : "off") + ", weekly summary " + (p.isWeeklySummary() ? "on" : "off")
                + ", morning list " + (p.isMorningDigest() ? "on" : "off") + ", quiet hours "
                + (p.getQuietFrom() == null ? "none" : p.getQuietFrom() + "-" + p.getQuietUntil());
    }
}
