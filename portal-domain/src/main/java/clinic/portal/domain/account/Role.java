package clinic.portal.domain.account;

/**
 * What an account may do. The names are the Jakarta Security group and role names used in
 * {@code web.xml} and {@code @RolesAllowed}.
 */
public enum Role {
    ADMIN,
    CLINICIAN,
    PATIENT;

    /** Role names as constants, for annotations that need compile-time strings. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String CLINICIAN = "CLINICIAN";
        public static final String PATIENT = "PATIENT";

        private Names() {
        }
    }
}
