package clinic.portal.domain.log;

/**
 * Symptoms that may mean something serious (cauda equina, infection, cancer): the patient is told at once to
 * contact the clinic or emergency services, and their clinicians are alerted. Review, never diagnosis.
 */
public enum RedFlag {
    SADDLE_NUMBNESS,
    BLADDER_OR_BOWEL,
    BOTH_LEGS,
    FEVER_OR_WEIGHT_LOSS,
    NIGHT_PAIN
}
