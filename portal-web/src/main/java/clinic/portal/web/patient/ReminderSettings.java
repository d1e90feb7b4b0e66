package clinic.portal.web.patient;

import clinic.portal.domain.reminder.WalkReminder;
import clinic.portal.ejb.reminder.WalkReminders;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Backs {@code /patient/reminders.xhtml}: up to three times of day for an email reminding the patient to walk
 * ({@link WalkReminders}); an empty field is no reminder.
 */
@Named
@ViewScoped
public class ReminderSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private WalkReminders reminders;

    private LocalTime[] times = new LocalTime[WalkReminder.MAX_PER_DAY];

    @PostConstruct
    void load() {
        List<LocalTime> mine = reminders.mine();
        for (int i = 0; i < mine.size() && i < times.length; i++) {
            times[i] = mine.get(i);
        }
    }

    public void save() {
        List<LocalTime> chosen = new ArrayList<>(Arrays.asList(times));
        chosen.removeIf(t -> t == null);
        reminders.setMine(chosen);
        Messages.addGlobalInfo(chosen.isEmpty() ? "reminders.none" : "reminders.saved");
        times = new LocalTime[WalkReminder.MAX_PER_DAY];
        load();
    }

    public LocalTime getFirst() {
        return times[0];
    }

    public void setFirst(LocalTime time) {
        times[0] = time;
    }

    public LocalTime getSecond() {
        return times[1];
    }

    public void setSecond(LocalTime time) {
        times[1] = time;
    }

    public LocalTime getThird() {
        return times[2];
    }

    public void setThird(LocalTime time) {
        times[2] = time;
    }
}
