package clinic.portal.ejb.adherence;

import clinic.portal.domain.adherence.Adherence;

import java.util.List;

/**
 * Adherence over a window with the day-by-day series behind it and the data days of the last 30 (what
 * remote-monitoring billing counts: 16 of 30).
 */
public record AdherenceReport(Adherence.Summary summary, int dataDaysLast30, List<DayOfProgress> days) {
}
