package clinic.portal.domain.mail;

/** Why the portal writes to someone. Stored by name: add new ones freely, never rename one. */
public enum MailKind {
    /** A patient of the clinician's reported a warning sign. */
    WARNING_SIGN_REPORTED
}
