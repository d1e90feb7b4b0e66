package clinic.portal.ejb.warning;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Looks for overdue warning signs every {@code PORTAL_WARNING_CHECK_INTERVAL_SECONDS} (60 by default; 0 turns it
 * off, as the tests do to escalate when they choose), on every node: {@link WarningEscalation} keeps each
 * escalation to one node.
 */
@Singleton
@Startup
public class WarningSchedule {

    private static final Logger LOG = Logger.getLogger(WarningSchedule.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private WarningEscalation escalation;

    @Inject
    @ConfigProperty(name = "portal.warning.check-interval-seconds", defaultValue = "60")
    long intervalSeconds;

    @PostConstruct
    void start() {
        if (intervalSeconds > 0) {
            timers.createIntervalTimer(intervalSeconds * 1000, intervalSeconds * 1000, new TimerConfig(null, false));
        }
    }

    @Timeout
    void tick() {
        try {
            escalation.escalateOverdue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Looking for overdue warning signs failed this time; the next look tries again", e);
        }
    }
}
