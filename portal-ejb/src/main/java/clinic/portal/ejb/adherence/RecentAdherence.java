package clinic.portal.ejb.adherence;

import clinic.portal.domain.adherence.Adherence;

import java.io.Serializable;
import java.util.List;

/**
 * Adherence over the last 7 and the last 30 days, today included, and those 30 days one by one (for the charts).
 * The days with a record in the last 30 (what remote-monitoring billing counts) are {@code last30Days().activeDays()}.
 */
public record RecentAdherence(Adherence.Summary last7Days, Adherence.Summary last30Days, List<DayOfProgress> days) implements Serializable {
}
