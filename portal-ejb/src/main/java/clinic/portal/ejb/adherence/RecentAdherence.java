package clinic.portal.ejb.adherence;

import clinic.portal.domain.adherence.Adherence;

import java.io.Serializable;

/**
 * Adherence over the last 7 and the last 30 days, today included. The days with a record in the last 30 (what
 * remote-monitoring billing counts) are {@code last30Days().activeDays()}.
 */
public record RecentAdherence(Adherence.Summary last7Days, Adherence.Summary last30Days) implements Serializable {
}
