package clinic.portal.domain.programme;

import clinic.portal.domain.exercise.Exercise;

/** A cautioned exercise was prescribed without the clinician confirming it. */
public class UnconfirmedCautionException extends RuntimeException {

    private final String exerciseName;

    public UnconfirmedCautionException(Exercise exercise) {
        super("Prescribing " + exercise.getName() + " needs confirmation: " + exercise.getCautionReason());
        this.exerciseName = exercise.getName();
    }

    public String exerciseName() {
        return exerciseName;
    }
}
