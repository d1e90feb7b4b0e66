package clinic.portal.web.patient;

import clinic.portal.domain.exercise.Exercise;
import clinic.portal.domain.log.RedFlag;
import clinic.portal.domain.log.SessionEntry;
import clinic.portal.domain.log.SessionLog;
import clinic.portal.domain.log.SessionWindow;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.exercise.ExerciseService;
import clinic.portal.ejb.exercise.RecordChoices;
import clinic.portal.web.Texts;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What the record and correct pages share: the entry being written, the choice of activity (the programme's
 * first, then the library, then "something else"), the time in the clinic's zone, and the red-flag boxes.
 */
public abstract class SessionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The choice that stands for an activity outside the library. */
    public static final long OTHER = -1L;

    @Inject
    protected ClinicCalendar calendar;

    @Inject
    private ExerciseService exercises;

    private SessionEntry entry = new SessionEntry();

    @NotNull(message = "{session.exercise.required}")
    private Long choice;

    @NotNull(message = "{session.performedAt.required}")
    private LocalDateTime when;

    private List<SelectItem> choices;

    protected void start(SessionEntry entry) {
        this.entry = entry;
        this.choice = entry.getExerciseId() != null ? entry.getExerciseId() : entry.getActivity() != null ? OTHER : null;
        this.when = entry.getPerformedAt() == null
                ? calendar.localNow().truncatedTo(ChronoUnit.MINUTES)
                : entry.getPerformedAt().atZoneSameInstant(calendar.zone()).toLocalDateTime();
    }

    /**
     * Whether the patient said how much they did (minutes, or sets); if not, the minutes field says so and nothing
     * they typed is lost.
     */
    protected boolean amountGiven() {
        if (entry.isAmountGiven()) {
            return true;
        }
        Messages.addError("form:minutes", "record.amount.required");
        return false;
    }

    /** The entry as the patient filled it in, ready for the service. */
    protected SessionEntry completedEntry() {
        entry.setExerciseId(choice == null || choice == OTHER ? null : choice);
        if (choice != null && choice != OTHER) {
            entry.setActivity(null);
        }
        entry.setPerformedAt(when.atZone(calendar.zone()).toOffsetDateTime());
        return entry;
    }

    /** "Saved: Walking, 10 minutes." or, for a session recorded in sets only, "Saved: Bridging, 2 sets." */
    protected static String savedKey(SessionLog session) {
        return session.getMinutes() != null ? "record.saved" : "record.saved.sets";
    }

    protected static int amount(SessionLog session) {
        return session.getMinutes() != null ? session.getMinutes() : session.getSets();
    }

    /** Prescribed exercises first, then the rest of the library, then "something else". */
    public List<SelectItem> getChoices() {
        if (choices == null) {
            RecordChoices offered = exercises.recordChoices();
            SelectItemGroup mine = new SelectItemGroup(text("record.what.prescribed"));
            mine.setSelectItems(items(offered.prescribed()));
            SelectItemGroup others = new SelectItemGroup(text("record.what.library"));
            others.setSelectItems(items(offered.others()));
            SelectItemGroup other = new SelectItemGroup(text("record.what.other"));
            other.setSelectItems(new SelectItem[]{new SelectItem(OTHER, text("record.what.other"))});
            choices = offered.prescribed().isEmpty() ? List.of(others, other) : List.of(mine, others, other);
        }
        return choices;
    }

    private static SelectItem[] items(List<Exercise> exercises) {
        return exercises.stream().map(e -> new SelectItem(e.getId(), e.localizedName().in(Texts.locale()))).toArray(SelectItem[]::new);
    }

    public List<Integer> getScale() {
        return IntStream.rangeClosed(0, 10).boxed().toList();
    }

    public RedFlag[] getRedFlags() {
        return RedFlag.values();
    }

    public boolean isOther() {
        return choice != null && choice == OTHER;
    }

    public LocalDateTime getEarliest() {
        return calendar.localNow().minusDays(SessionWindow.DAYS).truncatedTo(ChronoUnit.DAYS);
    }

    public LocalDateTime getLatest() {
        return calendar.localNow().plusMinutes(1);
    }

    /** The earliest time as a native date-time input takes it ({@code min}). */
    public String getEarliestInput() {
        return INPUT.format(getEarliest());
    }

    /** The latest time as a native date-time input takes it ({@code max}). */
    public String getLatestInput() {
        return INPUT.format(getLatest());
    }

    private static final java.time.format.DateTimeFormatter INPUT =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private static String text(String key) {
        return Texts.get(key);
    }

    public SessionEntry getEntry() {
        return entry;
    }

    public Long getChoice() {
        return choice;
    }

    public void setChoice(Long choice) {
        this.choice = choice;
    }

    public LocalDateTime getWhen() {
        return when;
    }

    public void setWhen(LocalDateTime when) {
        this.when = when;
    }
}
