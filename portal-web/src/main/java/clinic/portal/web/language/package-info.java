/**
 * The language of the pages: the one the person chose (kept on their account once signed in), else their browser's.
 */
package clinic.portal.web.language;
