package clinic.portal.domain.outcome;

import java.util.List;
import java.util.stream.IntStream;

/**
 * How one item of a questionnaire is answered: a choice of whole numbers (each with its own words in the bundles, as
 * {@code scale.<NAME>.<value>}, except the 0–10 ratings whose labels are the numbers), or a few words of the
 * patient's own.
 */
public enum AnswerScale {
    /** Disagree (0) or agree (1): STarT Back items 1 to 8. */
    AGREE_DISAGREE(0, 1),
    /** Not at all, slightly, moderately, very much, extremely (0 to 4): STarT Back item 9. */
    BOTHERSOME(0, 4),
    /** A rating from 0 to 10, its two ends named by the questionnaire. */
    ZERO_TO_TEN(0, 10),
    /** A few words of the patient's own: the activity a PSFS rating is about. */
    WORDS(0, 0);

    /** The longest answer in words, in characters. */
    public static final int WORDS_MAX = 80;

    private final int min;
    private final int max;

    AnswerScale(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public boolean isNumber() {
        return this != WORDS;
    }

    /** The numbers one may answer, lowest first (none for words). */
    public List<Integer> choices() {
        return isNumber() ? IntStream.rangeClosed(min, max).boxed().toList() : List.of();
    }

    boolean allows(int value) {
        return isNumber() && value >= min && value <= max;
    }
}
