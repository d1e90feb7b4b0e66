package clinic.portal.ejb.reminder;

import clinic.portal.ejb.clinic.PeriodicTask;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Writes the patients' Monday summaries, every {@code PORTAL_SUMMARIES_CHECK_INTERVAL_SECONDS} (300 by default; 0
 * turns it off), on every node: {@link WeeklySummaries} writes each once a week per patient.
 */
@Singleton
@Startup
public class SummarySchedule extends PeriodicTask {

    @Inject
    private WeeklySummaries summaries;

    public SummarySchedule() {
        super("portal.summaries.check-interval-seconds", 300);
    }

    @Override
    protected void run() {
        summaries.sendDue();
    }
}
