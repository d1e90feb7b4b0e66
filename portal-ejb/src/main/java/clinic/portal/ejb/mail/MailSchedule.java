package clinic.portal.ejb.mail;

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
 * Runs the sender every {@code PORTAL_MAIL_SENDER_INTERVAL_SECONDS} (30 by default; 0 turns it off, as the tests do
 * to deliver when they choose). Every node runs it: the claims in the database keep each message to one sender. The
 * timer is not persistent, so no node replays missed ticks after a restart; the outbox itself is the memory.
 */
@Singleton
@Startup
public class MailSchedule {

    private static final Logger LOG = Logger.getLogger(MailSchedule.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private MailSender sender;

    @Inject
    @ConfigProperty(name = "portal.mail.sender.interval-seconds", defaultValue = "30")
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
            sender.deliverDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending email failed this time; the outbox keeps every message", e);
        }
    }
}
