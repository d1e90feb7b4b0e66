/**
 * The administrators' import of patients from a CSV file: the page that checks a file, starts the import and shows
 * its progress ({@link clinic.portal.web.admin.imports.ImportPatients}), and the report as CSV
 * ({@link clinic.portal.web.admin.imports.ImportReport}).
 */
package clinic.portal.web.admin.imports;
