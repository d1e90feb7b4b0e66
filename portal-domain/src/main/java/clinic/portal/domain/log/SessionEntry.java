package clinic.portal.domain.log;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a patient enters for one session, before it is recorded: the same for the web form and the JSON API,
 * validated by one set of constraints with messages a patient understands.
 */
public class SessionEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int ACTIVITY_MAX = 100;
    public static final int NOTE_MAX = 1000;

    private Long exerciseId;

    @Size(max = ACTIVITY_MAX, message = "{session.activity.size}")
    private String activity;

    @NotNull(message = "{session.performedAt.required}")
    private OffsetDateTime performedAt;

    /** How long; optional for an exercise done in sets, where {@link #sets} says how much was done. */
    @Min(value = 1, message = "{session.minutes.range}")
    @Max(value = 600, message = "{session.minutes.range}")
    private Integer minutes;

    @Min(value = 1, message = "{session.sets.range}")
    @Max(value = 20, message = "{session.sets.range}")
    private Integer sets;

    @Min(value = 0, message = "{session.steps.range}")
    @Max(value = 100_000, message = "{session.steps.range}")
    private Integer steps;

    @Min(value = 0, message = "{session.pain.range}")
    @Max(value = 10, message = "{session.pain.range}")
    private Integer painBefore;

    @Min(value = 0, message = "{session.pain.range}")
    @Max(value = 10, message = "{session.pain.range}")
    private Integer painAfter;

    @Min(value = 0, message = "{session.effort.range}")
    @Max(value = 10, message = "{session.effort.range}")
    private Integer effort;

    @Size(max = NOTE_MAX, message = "{session.note.size}")
    private String note;

    @NotNull
    private Set<RedFlag> redFlags = EnumSet.noneOf(RedFlag.class);

    /** Either a library exercise or, for an unplanned activity, a few words saying what it was. */
    @AssertTrue(message = "{session.exercise.required}")
    public boolean isExerciseOrActivity() {
        boolean hasActivity = activity != null && !activity.isBlank();
        return exerciseId != null != hasActivity;
    }

    /** How much was done: minutes, or sets for an exercise done in sets and repetitions (or both). */
    @AssertTrue(message = "{session.amount.required}")
    public boolean isAmountGiven() {
        return minutes != null || sets != null;
    }

    /** A stable summary of the entry, so that a repeated request can be told from a different one. */
    public String fingerprint() {
        return String.join("|", Objects.toString(exerciseId), Objects.toString(activity),
                performedAt == null ? "null" : performedAt.toInstant().toString(), Objects.toString(minutes),
                Objects.toString(steps), Objects.toString(painBefore), Objects.toString(painAfter),
                Objects.toString(effort), Objects.toString(note), new java.util.TreeSet<>(redFlags).toString())
                + (sets == null ? "" : "|sets=" + sets);
    }

    public Long getExerciseId() {
        return exerciseId;
    }

    public void setExerciseId(Long exerciseId) {
        this.exerciseId = exerciseId;
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity == null || activity.isBlank() ? null : activity.strip();
    }

    public OffsetDateTime getPerformedAt() {
        return performedAt;
    }

    public void setPerformedAt(OffsetDateTime performedAt) {
        this.performedAt = performedAt;
    }

    public Integer getSets() {
        return sets;
    }

    public void setSets(Integer sets) {
        this.sets = sets;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public Integer getSteps() {
        return steps;
    }

    public void setSteps(Integer steps) {
        this.steps = steps;
    }

    public Integer getPainBefore() {
        return painBefore;
    }

    public void setPainBefore(Integer painBefore) {
        this.painBefore = painBefore;
    }

    public Integer getPainAfter() {
        return painAfter;
    }

    public void setPainAfter(Integer painAfter) {
        this.painAfter = painAfter;
    }

    public Integer getEffort() {
        return effort;
    }

    public void setEffort(Integer effort) {
        this.effort = effort;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    public Set<RedFlag> getRedFlags() {
        return redFlags;
    }

    public void setRedFlags(Set<RedFlag> redFlags) {
        this.redFlags = redFlags == null || redFlags.isEmpty() ? EnumSet.noneOf(RedFlag.class) : EnumSet.copyOf(redFlags);
    }
}
