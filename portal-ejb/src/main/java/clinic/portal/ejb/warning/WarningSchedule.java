package clinic.portal.ejb.warning;

import clinic.portal.ejb.clinic.PeriodicTask;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Looks for overdue warning signs every {@code PORTAL_WARNING_CHECK_INTERVAL_SECONDS} (60 by default; 0 turns it
 * off), on every node: {@link WarningEscalation} keeps each escalation to one node.
 */
@Singleton
@Startup
public class WarningSchedule extends PeriodicTask {

    @Inject
    private WarningEscalation escalation;

    @Inject
    @ConfigProperty(name = "portal.warning.check-interval-seconds", defaultValue = "60")
    long intervalSeconds;

    @Override
    protected long intervalSeconds() {
        return intervalSeconds;
    }

    @Override
    protected void run() {
        escalation.escalateOverdue();
    }
}
