package clinic.portal.domain.programme;

import clinic.portal.domain.exercise.Exercise;
import clinic.portal.domain.language.Localized;

/** A cautioned exercise was prescribed without the clinician confirming it. */
public class UnconfirmedCautionException extends RuntimeException {

    private final Localized exerciseName;

    public UnconfirmedCautionException(Exercise exercise) {
        super("Prescribing " + exercise.getName() + " needs confirmation: " + exercise.getCautionReason());
        this.exerciseName = exercise.localizedName();
    }

    public Localized exerciseName() {
        return exerciseName;
    }
}
