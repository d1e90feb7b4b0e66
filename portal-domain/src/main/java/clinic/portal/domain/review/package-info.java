/**
 * What a patient's logs flag for their clinicians to review (docs/domain.md: review, never diagnosis): high pain against
 * the patient's own baseline, pain that flares with exercise, rising pain, no sessions for days while a programme runs, low adherence, and red flags not yet reviewed. The rules are
 * pure; the services feed them what SQL aggregates per patient and day.
 */
package clinic.portal.domain.review;
