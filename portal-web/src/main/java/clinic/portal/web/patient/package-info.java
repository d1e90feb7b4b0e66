/** The patient's pages under {@code /patient/}: today's plan and their whole programme. */
package clinic.portal.web.patient;
