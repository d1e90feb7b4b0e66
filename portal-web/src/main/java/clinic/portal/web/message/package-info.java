/**
 * Messages between a patient and their care team: the patient's conversation, a clinician's list of conversations
 * and one patient's conversation, and the navigation's unread count.
 */
package clinic.portal.web.message;
