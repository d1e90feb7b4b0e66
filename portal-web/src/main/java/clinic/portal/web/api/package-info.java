/**
 * The JSON API for patient apps and step counters, under {@code /api/v1}: today's plan and progress, sessions
 * (recorded once per {@code Idempotency-Key}), and adherence. Every error is an RFC 9457 problem document
 * naming the field that failed; the resources stay thin and call the same services as the pages.
 */
package clinic.portal.web.api;
