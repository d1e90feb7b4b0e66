package clinic.portal.ejb.patient;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.log.RedFlagAlert;
import clinic.portal.domain.log.SessionLog;
import clinic.portal.domain.message.CareMessage;
import clinic.portal.domain.programme.Programme;
import clinic.portal.ejb.outcome.OutcomeTrack;

import java.time.LocalTime;
import java.util.List;

/**
 * Everything the portal keeps about one patient, for "Download all my data": the account, every programme with its
 * revisions, every session (deleted ones left out), every warning sign with its review, every message, the walk
 * reminder times, and every questionnaire answered (with its answers and score) or asked. Read in one transaction; the entities are detached copies.
 */
public record MyData(Account account, List<Programme> programmes, List<SessionLog> sessions,
                     List<RedFlagAlert> warningSigns, List<CareMessage> messages, List<LocalTime> walkReminders,
                     List<OutcomeTrack> questionnaires) {
}
