package clinic.portal.web.programme;

import clinic.portal.domain.exercise.Dose;
import clinic.portal.domain.exercise.Frequency;
import clinic.portal.domain.programme.PlanChange;
import clinic.portal.web.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.Locale;

/**
 * Puts doses and programme changes into the words patients and clinicians read
 * ("Walking: 10 minutes, twice a day"), from the resource bundle so every language words them its own way.
 */
@Named
@ApplicationScoped
public class DoseWords {

    /** "10 minutes, twice a day", "1 set of 5, hold 20 seconds, 2 days a week", in the page's language. */
    public String of(Dose dose) {
        return of(dose, Texts.locale());
    }

    /** The dose in words of a given language (a handout is in the patient's, whoever downloads it). */
    public String of(Dose dose, Locale locale) {
        if (dose == null) {
            return "";
        }
        String amount = dose.getMinutes() != null
                ? Texts.get(locale, "dose.words.minutes", dose.getMinutes())
                : Texts.get(locale, "dose.words.sets", dose.getSets(), dose.getRepetitions())
                + (dose.getHoldSeconds() == null ? "" : Texts.get(locale, "dose.words.hold", dose.getHoldSeconds()));
        String often = Texts.get(locale, dose.getFrequency() == Frequency.PER_DAY ? "dose.words.perDay"
                : "dose.words.perWeek", dose.getCount());
        return Texts.get(locale, "dose.words", amount, often);
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
