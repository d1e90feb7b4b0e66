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
    WALK_REMINDER,
    /** A message from the patient's care team (to the patient) or from a patient (to their clinicians). */
    NEW_MESSAGE,
    /** A patient's week in figures (active days, minutes), on Mondays, if they asked for it. */
    WEEKLY_SUMMARY,
    /** A clinician's morning count of patients who need a look, if they asked for it. */
    MORNING_DIGEST;

    /** Whether the text holds a link that sets a password: not kept once sent. */
    public boolean carriesSecret() {
        return this == PASSWORD_RESET || this == INVITATION;
    }

    /**
     * Whether the recipient may stop this kind with one click (a signed link in the email and its RFC 8058 headers):
     * everything but what they cannot do without (warning signs to their clinicians, the links that set a password).
     */
    public boolean isStoppable() {
        return this == WALK_REMINDER || this == NEW_MESSAGE || this == WEEKLY_SUMMARY || this == MORNING_DIGEST;
    }

    /** Whether it waits for the end of the recipient's quiet hours: the same kinds; a warning sign never waits. */
    public boolean respectsQuietHours() {
        return isStoppable();
    }

    /** The order in which due email goes out when more is due than a sender takes at once: bulk email comes last. */
    public static final int BULK_PRIORITY = 9;

    /**
     * Which of the due emails a sender takes first (lower first): a warning sign before anything, then the links people
     * wait for, then messages and reminders, then invitations, then summaries; a bulk send after all of them
     * ({@link #BULK_PRIORITY}: the invitations of a patient import must never hold back a warning sign).
     */
    public int priority() {
        return switch (this) {
            case WARNING_SIGN_REPORTED, WARNING_SIGN_OVERDUE -> 0;
            case PASSWORD_RESET -> 1;
            case NEW_MESSAGE, WALK_REMINDER -> 2;
            case INVITATION -> 3;
            case WEEKLY_SUMMARY, MORNING_DIGEST -> 4;
        };
    }
}
