/** The clinician's pages under {@code /clinician/}: their patients, programmes, the library and templates. */
package clinic.portal.web.clinician;
