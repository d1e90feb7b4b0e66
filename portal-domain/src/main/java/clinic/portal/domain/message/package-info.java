/** Messages between a patient and their care team: {@link clinic.portal.domain.message.CareMessage}. */
package clinic.portal.domain.message;
