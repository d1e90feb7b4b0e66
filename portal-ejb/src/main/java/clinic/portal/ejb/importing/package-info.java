/**
 * Administrators bring patients in from a CSV file: the file checked line by line before anything is written
 * ({@link clinic.portal.ejb.importing.PatientImports#check}), then imported in the background, one transaction a
 * line, each patient invited by email ({@link clinic.portal.ejb.importing.ImportWork}), with its progress and its
 * report read from the database by any node.
 */
package clinic.portal.ejb.importing;
