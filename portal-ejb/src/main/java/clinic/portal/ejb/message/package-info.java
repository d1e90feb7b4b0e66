/**
 * Messages between a patient and their care team, as use cases: {@link clinic.portal.ejb.message.Conversations}.
 */
package clinic.portal.ejb.message;
