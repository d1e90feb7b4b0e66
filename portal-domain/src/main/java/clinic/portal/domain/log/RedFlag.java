package clinic.portal.domain.log;

/**
 * Warning signs a patient with back pain is asked to report, as the NHS leaflets on cauda equina syndrome and on
 * back pain list them. The first four may mean cauda equina syndrome and call for emergency care now; the others
 * call for speaking to the clinic today. Review, never diagnosis: the patient is told what to do, and their
 * clinicians are alerted. Stored by name: add new ones freely, never rename one.
 */
public enum RedFlag {
    SADDLE_NUMBNESS(Urgency.EMERGENCY),
    BLADDER_OR_BOWEL(Urgency.EMERGENCY),
    SEXUAL_FUNCTION(Urgency.EMERGENCY),
    BOTH_LEGS(Urgency.EMERGENCY),
    FEVER_OR_UNWELL(Urgency.CLINIC_TODAY),
    WEIGHT_LOSS(Urgency.CLINIC_TODAY),
    NIGHT_PAIN(Urgency.CLINIC_TODAY),
    CANCER_HISTORY(Urgency.CLINIC_TODAY),
    FALL_OR_INJURY(Urgency.CLINIC_TODAY);

    private final Urgency urgency;

    RedFlag(Urgency urgency) {
        this.urgency = urgency;
    }

    public Urgency urgency() {
        return urgency;
    }
}
