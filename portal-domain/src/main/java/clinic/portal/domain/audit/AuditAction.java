package clinic.portal.domain.audit;

/** What an audit event records. Stored by name: add new ones freely, never rename one. */
public enum AuditAction {
    SIGNED_IN,
    SIGN_IN_FAILED,
    SIGN_IN_REFUSED,
    ACCOUNT_LOCKED,
    ACCOUNT_CREATED,
    ACCOUNT_UPDATED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    ACCOUNT_UNLOCKED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    CARE_TEAM_CHANGED,
    PROGRAMME_ASSIGNED,
    PROGRAMME_REVISED,
    SESSION_CORRECTED,
    SESSION_DELETED,
    WARNING_SIGN_REVIEWED,
    API_TOKEN_ISSUED,
    API_TOKEN_REVOKED,
    KEPT_SIGNED_IN,
    REMEMBERED_DEVICES_ENDED,
    SIGNED_OUT_EVERYWHERE,
    SIGN_IN_THROTTLED,
    /** A clinician opened a patient's record (their page, or their programme to edit): reads are audited too. */
    PATIENT_RECORD_VIEWED,
    /** An administrator downloaded the audit trail (the detail says which part): exports are reads too. */
    AUDIT_EXPORTED,
    /** An administrator sent a failed email again. */
    MAIL_RETRIED,
    /** A warning sign waited past the limit unreviewed: the portal emailed its clinicians and the administrators. */
    WARNING_SIGN_ESCALATED,
    /** Someone asked for a "Forgot your password?" link (for an account, or a name that matched none). */
    PASSWORD_RESET_REQUESTED,
    /** A new password was set through an emailed link. */
    PASSWORD_RESET_BY_LINK,
    /** A patient stopped their walk reminders with the link in one. */
    REMINDERS_STOPPED,
    /** A person stopped a kind of email (message notices, the weekly summary, the morning list) with its link. */
    EMAILS_STOPPED,
    /** A person changed what they want by email on their account page. */
    EMAIL_PREFERENCES_CHANGED,
    /** A patient wrote to their care team, or a clinician to a patient. */
    MESSAGE_SENT,
    /** A clinician opened a patient's messages. */
    MESSAGES_VIEWED,
    /** A patient's sessions were downloaded as a file, by the patient or one of their clinicians. */
    SESSIONS_EXPORTED,
    /** A patient's programme was downloaded as a printable handout, by the patient or one of their clinicians. */
    HANDOUT_DOWNLOADED,
    /** A patient downloaded everything the portal keeps about them. */
    DATA_EXPORTED,
    /** A clinician asked a patient an outcome questionnaire, changed when, or stopped asking it. */
    QUESTIONNAIRE_SCHEDULED,
    /** A patient answered an outcome questionnaire. */
    QUESTIONNAIRE_ANSWERED,
    /** A clinician downloaded a patient's progress report. */
    PROGRESS_REPORT_DOWNLOADED,
    /** A patient's record was exported as HL7 FHIR, by the patient or one of their clinicians. */
    FHIR_EXPORTED,
    /** An administrator imported a file of patients (each account created is a line of its own). */
    PATIENTS_IMPORTED
}
