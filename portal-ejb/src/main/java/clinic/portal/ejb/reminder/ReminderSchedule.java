package clinic.portal.ejb.reminder;

import clinic.portal.ejb.clinic.PeriodicTask;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Sends the walk reminders due, every {@code PORTAL_REMINDERS_CHECK_INTERVAL_SECONDS} (60 by default; 0 turns it
 * off), on every node: {@link WalkReminders} sends each reminder once.
 */
@Singleton
@Startup
public class ReminderSchedule extends PeriodicTask {

    @Inject
    private WalkReminders reminders;

    public ReminderSchedule() {
        super("portal.reminders.check-interval-seconds", 60);
    }

    @Override
    protected void run() {
        reminders.sendDue();
    }
}
