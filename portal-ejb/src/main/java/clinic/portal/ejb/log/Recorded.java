package clinic.portal.ejb.log;

import clinic.portal.domain.log.SessionLog;

/**
 * The outcome of recording a session.
 *
 * @param created false when an earlier request with the same idempotency key had already recorded it
 */
public record Recorded(SessionLog session, boolean created) {
}
