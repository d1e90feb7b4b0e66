package clinic.portal.ejb;

import jakarta.ejb.ApplicationException;

/**
 * What was asked for does not exist, or is not the caller's to see. The two are deliberately one exception:
 * a caller never learns that another clinician's patient exists.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super("No " + what + " " + id);
    }
}
