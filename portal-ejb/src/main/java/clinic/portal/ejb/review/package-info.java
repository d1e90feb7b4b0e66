/**
 * Which of a clinician's patients need a look, and why (the review rules of {@code clinic.portal.domain.review}),
 * for a whole patient list in a fixed number of queries.
 */
package clinic.portal.ejb.review;
