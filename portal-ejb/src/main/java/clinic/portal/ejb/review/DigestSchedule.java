package clinic.portal.ejb.review;

import clinic.portal.ejb.clinic.PeriodicTask;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Writes the clinicians' morning lists, every {@code PORTAL_SUMMARIES_CHECK_INTERVAL_SECONDS} (300 by default; 0
 * turns it off), on every node: {@link MorningDigests} writes each once a day per clinician.
 */
@Singleton
@Startup
public class DigestSchedule extends PeriodicTask {

    @Inject
    private MorningDigests digests;

    public DigestSchedule() {
        super("portal.summaries.check-interval-seconds", 300);
    }

    @Override
    protected void run() {
        digests.sendDue();
    }
}
