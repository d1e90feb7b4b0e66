package clinic.portal.domain.mail;

/** Why the portal writes to someone. Stored by name: add new ones freely, never rename one. */
public enum MailKind {
    /** A patient of the clinician's reported a warning sign. */
    WARNING_SIGN_REPORTED,
    /** A warning sign has waited past the clinic's limit for a review: to its clinicians and the administrators. */
    WARNING_SIGN_OVERDUE,
    /** A "Forgot your password?" link. */
    PASSWORD_RESET,
    /** An invitation to a new account: choose your password. */
    INVITATION,
    /** A walk reminder at a time the patient chose, when that walk is not recorded yet. */
    WALK_REMINDER;

    /** Whether the text holds a link that sets a password: not kept once sent. */
    public boolean carriesSecret() {
        return this == PASSWORD_RESET || this == INVITATION;
    }
}
