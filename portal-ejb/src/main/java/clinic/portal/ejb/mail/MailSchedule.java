package clinic.portal.ejb.mail;

import clinic.portal.ejb.clinic.PeriodicTask;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Runs the sender every {@code PORTAL_MAIL_SENDER_INTERVAL_SECONDS} (30 by default; 0 turns it off), on every node:
 * the claims in the database keep each message to one sender.
 */
@Singleton
@Startup
public class MailSchedule extends PeriodicTask {

    @Inject
    private MailSender sender;

    public MailSchedule() {
        super("portal.mail.sender.interval-seconds", 30);
    }

    @Override
    protected void run() {
        sender.deliverDue();
    }
}
