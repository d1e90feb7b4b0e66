/**
 * The clinician's progress report of a patient as a PDF ({@link clinic.portal.web.report.ProgressReportPdf}, OpenPDF),
 * downloaded from the patient's page for a window of days ({@link clinic.portal.web.report.ProgressReportDownload}).
 */
package clinic.portal.web.report;
