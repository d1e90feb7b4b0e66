/**
 * What the clinician and patient pages share about programmes: doses and changes put into words from the
 * resource bundle, and the plan editor behind both the template and the programme pages.
 */
package clinic.portal.web.programme;
