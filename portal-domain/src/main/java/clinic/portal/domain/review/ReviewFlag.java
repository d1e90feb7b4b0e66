package clinic.portal.domain.review;

/** One reason a clinician should look at a patient, in the order a list shows them (most urgent first). */
public enum ReviewFlag {
    /** A red-flag symptom the patient ticked that no clinician has acknowledged yet. */
    RED_FLAG,
    /**
     * Pain of {@value Review#HIGH_PAIN} or more after a session in the last 7 days, above the patient's own baseline
     * (their first week on the programme) when it is known.
     */
    HIGH_PAIN,
    /** Pain after minus pain before of {@value Review#FLARE_RISE} or more on {@value Review#FLARES} or more sessions in 7 days. */
    PAIN_FLARE,
    /** Average pain of the last 7 days at least {@value Review#PAIN_RISE} points above the 7 days before. */
    RISING_PAIN,
    /**
     * An outcome questionnaire's latest score is worse than the patient's first by at least its minimal clinically
     * important difference (or, for STarT Back, in a higher risk group).
     */
    OUTCOME_WORSE,
    /** No session on the last {@value Review#INACTIVE_DAYS} days, nor today, while a programme ran. */
    INACTIVE,
    /** Session adherence under half over the last 7 complete days. */
    LOW_ADHERENCE
}
