package clinic.portal.ejb.warning;

import clinic.portal.ejb.clinic.PeriodicTask;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Looks for overdue warning signs every {@code PORTAL_WARNING_CHECK_INTERVAL_SECONDS} (60 by default; 0 turns it
 * off), on every node: {@link WarningEscalation} keeps each escalation to one node.
 */
@Singleton
@Startup
public class WarningSchedule extends PeriodicTask {

    @Inject
    private WarningEscalation escalation;

    public WarningSchedule() {
        super("portal.warning.check-interval-seconds", 60);
    }

    @Override
    protected void run() {
        escalation.escalateOverdue();
    }
}
