/**
 * Adherence, defined once (docs/domain.md, after the Exercise Adherence Rating: performed ÷ recommended): session
 * and minutes adherence capped per prescription and day, active days, and data days. The rules here are pure;
 * the services feed them the schedule of doses and the daily totals that SQL aggregates.
 */
package clinic.portal.domain.adherence;
