package clinic.portal.domain.log;

/** What a clinician did about a warning sign when marking it reviewed. Stored by name: never rename one. */
public enum ReviewOutcome {
    CALLED_PATIENT,
    SENT_TO_EMERGENCY,
    ADVISED_GP,
    BOOKED_APPOINTMENT,
    NO_ACTION_NEEDED
}
