/**
 * The languages the portal speaks, and text that the clinic writes once per language (the exercise library).
 */
package clinic.portal.domain.language;
