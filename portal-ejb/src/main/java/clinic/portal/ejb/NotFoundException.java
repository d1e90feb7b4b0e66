package clinic.portal.ejb;

import jakarta.ejb.ApplicationException;

/**
 * What was asked for does not exist, or is not the caller's to see. The two are deliberately one exception:
 * a caller never learns that another clinician's patient exists. Pages answer it with 404, the API with a 404
 * problem document.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuleViolation {

    public NotFoundException(String what, Object id) {
        super("No " + what + " " + id, "notFound", null, new Object[0]);
    }
}
