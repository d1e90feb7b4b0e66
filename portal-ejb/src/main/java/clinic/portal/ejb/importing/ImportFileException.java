package clinic.portal.ejb.importing;

import clinic.portal.domain.importing.PatientFile;
import clinic.portal.ejb.RuleViolation;
import jakarta.ejb.ApplicationException;

/** A patient file refused whole (not UTF-8, not CSV, the wrong columns, too large…): nothing of it is imported. */
@ApplicationException(rollback = true)
public class ImportFileException extends RuleViolation {

    private static final long serialVersionUID = 1L;

    ImportFileException(PatientFile.Refused refused) {
        super(refused.refusal().messageKey(), "file", refused.arguments());
    }
}
