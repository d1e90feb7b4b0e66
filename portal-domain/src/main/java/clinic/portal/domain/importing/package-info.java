/**
 * Patients brought in from a CSV file: the file read strictly ({@link clinic.portal.domain.importing.PatientFile}),
 * each of its lines with what is wrong with it ({@link clinic.portal.domain.importing.ImportProblem}), and an import
 * with every line and what became of it ({@link clinic.portal.domain.importing.PatientImport},
 * {@link clinic.portal.domain.importing.ImportLine}).
 */
package clinic.portal.domain.importing;
