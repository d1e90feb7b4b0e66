/**
 * What patients did: a {@link clinic.portal.domain.log.SessionLog} per walk or other session, with minutes,
 * steps, pain before and after, effort, a note and any {@link clinic.portal.domain.log.RedFlag} symptom.
 * <p>
 * Nothing clinical disappears: a deleted session is kept, marked with who deleted it and when.
 */
package clinic.portal.domain.log;
