package clinic.portal.ejb.audit;

import clinic.portal.domain.audit.AuditAction;

import java.time.LocalDate;

/**
 * What an administrator looks for in the trail; every part is optional.
 *
 * @param username a username, matched exactly against who acted and who was acted on
 * @param action   one kind of event
 * @param from     the first day (in the clinic's time zone), inclusive
 * @param to       the last day, inclusive
 */
public record AuditQuery(String username, AuditAction action, LocalDate from, LocalDate to) {

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null);
    }
}
