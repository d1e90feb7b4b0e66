package clinic.portal.ejb.audit;

import clinic.portal.domain.account.Role;
import clinic.portal.domain.audit.AuditAction;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One line of "who looked at or changed my record", as the patient reads it: when, who (by name and role, as the
 * account reads now), and what. No detail: the administrators' wording stays theirs.
 *
 * @param id     the audit line's id, a key for the table
 * @param name   the person's full name; the username as recorded when no account has it; null for the portal itself
 * @param role   the person's role, or null for the portal itself or an unknown username
 */
public record AccessLine(long id, OffsetDateTime at, String name, Role role, AuditAction action)
        implements Serializable {
}
