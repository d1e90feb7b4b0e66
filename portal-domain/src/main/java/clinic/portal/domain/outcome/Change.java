package clinic.portal.domain.outcome;

import java.io.Serializable;

/**
 * How a later score compares with the first: the difference (later minus first, in the questionnaire's points) and
 * whether it reaches the minimal clinically important difference, in which direction.
 */
public record Change(double difference, Trend trend) implements Serializable {

    /** Better or worse by at least the minimal clinically important difference, or neither. */
    public enum Trend {
        BETTER,
        NO_CLEAR_CHANGE,
        WORSE
    }

    public boolean isMeaningful() {
        return trend != Trend.NO_CLEAR_CHANGE;
    }

    public boolean isWorse() {
        return trend == Trend.WORSE;
    }
}
