package clinic.portal.domain.exercise;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.util.Objects;

/**
 * How much of an exercise: how often (sessions a day, or days a week) and how long each time (minutes, or
 * sets of repetitions with an optional hold).
 * <p>
 * The limits are the ones a clinic would accept: 1 to 600 minutes, 1 to 10 sessions a day, 1 to 7 days a week,
 * up to 20 sets of 100 repetitions, holds up to 10 minutes. Exactly one of minutes and sets × repetitions is given.
 * Mutable so that a form can edit it in place; copied whenever it moves between aggregates.
 */
@Embeddable
public class Dose implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_MINUTES = 600;

    @NotNull(message = "{dose.frequency.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "frequency", length = 10)
    private Frequency frequency = Frequency.PER_DAY;

    @Min(value = 1, message = "{dose.count.min}")
    @Max(value = 10, message = "{dose.count.max}")
    @Column(name = "per_count")
    private int count = 1;

    @Min(value = 1, message = "{dose.minutes.range}")
    @Max(value = MAX_MINUTES, message = "{dose.minutes.range}")
    @Column(name = "minutes")
    private Integer minutes;

    @Min(value = 1, message = "{dose.sets.range}")
    @Max(value = 20, message = "{dose.sets.range}")
    @Column(name = "sets")
    private Integer sets;

    @Min(value = 1, message = "{dose.repetitions.range}")
    @Max(value = 100, message = "{dose.repetitions.range}")
    @Column(name = "repetitions")
    private Integer repetitions;

    @Min(value = 1, message = "{dose.hold.range}")
    @Max(value = 600, message = "{dose.hold.range}")
    @Column(name = "hold_seconds")
    private Integer holdSeconds;

    public Dose() {
    }

    public static Dose minutes(int minutes, int count, Frequency frequency) {
        Dose dose = new Dose();
        dose.frequency = frequency;
        dose.count = count;
        dose.minutes = minutes;
        return dose;
    }

    public static Dose sets(int sets, int repetitions, Integer holdSeconds, int count, Frequency frequency) {
        Dose dose = new Dose();
        dose.frequency = frequency;
        dose.count = count;
        dose.sets = sets;
        dose.repetitions = repetitions;
        dose.holdSeconds = holdSeconds;
        return dose;
    }

    public Dose copy() {
        Dose dose = new Dose();
        dose.frequency = frequency;
        dose.count = count;
        dose.minutes = minutes;
        dose.sets = sets;
        dose.repetitions = repetitions;
        dose.holdSeconds = holdSeconds;
        return dose;
    }

    @AssertTrue(message = "{dose.amount.oneOf}")
    public boolean isAmountGiven() {
        boolean byTime = minutes != null;
        boolean bySets = sets != null || repetitions != null;
        return byTime != bySets && (byTime || sets != null && repetitions != null);
    }

    @AssertTrue(message = "{dose.count.range}")
    public boolean isCountInRange() {
        return frequency == null || frequency.accepts(count);
    }

    @AssertTrue(message = "{dose.hold.withSets}")
    public boolean isHoldWithSets() {
        return holdSeconds == null || sets != null;
    }

    /** Sessions this dose asks for on a day it applies to. */
    public int sessionsPerDay() {
        return frequency == Frequency.PER_DAY ? count : 1;
    }

    /** Minutes this dose asks for on a day it applies to; zero when it is counted in sets. */
    public int minutesPerDay() {
        return minutes == null ? 0 : minutes * sessionsPerDay();
    }

    public boolean isTimed() {
        return minutes != null;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }

    public int getCount() {
        return count;
    }

    public void setCount(int count) {
        this.count = count;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public Integer getSets() {
        return sets;
    }

    public void setSets(Integer sets) {
        this.sets = sets;
    }

    public Integer getRepetitions() {
        return repetitions;
    }

    public void setRepetitions(Integer repetitions) {
        this.repetitions = repetitions;
    }

    public Integer getHoldSeconds() {
        return holdSeconds;
    }

    public void setHoldSeconds(Integer holdSeconds) {
        this.holdSeconds = holdSeconds;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dose d && frequency == d.frequency && count == d.count && Objects.equals(minutes, d.minutes)
                && Objects.equals(sets, d.sets) && Objects.equals(repetitions, d.repetitions)
                && Objects.equals(holdSeconds, d.holdSeconds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(frequency, count, minutes, sets, repetitions, holdSeconds);
    }

    @Override
    public String toString() {
        return (minutes != null ? minutes + " min" : sets + "x" + repetitions + (holdSeconds == null ? "" : " hold " + holdSeconds + "s"))
                + ", " + count + " " + frequency;
    }
}
