package clinic.portal.ejb.patient;

import clinic.portal.ejb.adherence.AdherenceReport;
import clinic.portal.ejb.log.SessionSummary;

import java.util.List;

/** The patient's history page, read in one call: adherence over the days, and the sessions, newest first. */
public record HistoryOverview(AdherenceReport report, List<SessionSummary> sessions) {
}
