package clinic.portal.web.programme;

import clinic.portal.domain.exercise.Dose;
import clinic.portal.domain.exercise.Frequency;
import clinic.portal.domain.programme.PlanChange;
import clinic.portal.web.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Puts doses and programme changes into the words patients and clinicians read
 * ("Walking: 10 minutes, twice a day"), from the resource bundle so every language words them its own way.
 */
@Named
@ApplicationScoped
public class DoseWords {

    /** "10 minutes, twice a day", "1 set of 5, hold 20 seconds, 2 days a week". */
    public String of(Dose dose) {
        if (dose == null) {
            return "";
        }
        String amount = dose.getMinutes() != null
                ? text("dose.words.minutes", dose.getMinutes())
                : text("dose.words.sets", dose.getSets(), dose.getRepetitions())
                + (dose.getHoldSeconds() == null ? "" : text("dose.words.hold", dose.getHoldSeconds()));
        String often = text(dose.getFrequency() == Frequency.PER_DAY ? "dose.words.perDay" : "dose.words.perWeek",
                dose.getCount());
        return text("dose.words", amount, often);
    }

    /** A phase's length: "7 days", or "until changed" for the last, open-ended phase. */
    public String length(Integer days) {
        return days == null ? text("plan.length.open") : text("plan.length.days", days);
    }

    /** One line of a revision's history, such as "Recovery: Swimming added (20 minutes, once a day)". */
    public String change(PlanChange change) {
        return switch (change.kind()) {
            case PHASE_ADDED -> text("plan.change.phaseAdded", change.phase(), length((Integer) change.after()));
            case PHASE_REMOVED -> text("plan.change.phaseRemoved", change.phase());
            case PHASE_LENGTH_CHANGED -> text("plan.change.phaseLength", change.phase(),
                    length((Integer) change.before()), length((Integer) change.after()));
            case EXERCISE_ADDED -> text("plan.change.exerciseAdded", change.phase(), change.exercise(),
                    of((Dose) change.after()));
            case EXERCISE_REMOVED -> text("plan.change.exerciseRemoved", change.phase(), change.exercise());
            case DOSE_CHANGED -> text("plan.change.dose", change.phase(), change.exercise(),
                    of((Dose) change.before()), of((Dose) change.after()));
        };
    }

    private static String text(String key, Object... arguments) {
        return Texts.get(key, arguments);
    }
}
