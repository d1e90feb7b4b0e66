package clinic.portal.ejb.reminder;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.account.Role;
import clinic.portal.domain.mail.MailKind;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.mail.Outbox;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The weekly summary a patient may ask for: on Monday from {@value #HOUR}:00 (where they are), last week's
 * active days and minutes, to each patient who asked, once, by one node (a conditional update marks it sent before
 * it is written). Runs as the portal itself, hence no role; nothing but the patient's own figures goes in it.
 */
@Stateless
@PermitAll
public class WeeklySummaries {

    /** The hour on Monday from which the summaries go. */
    static final int HOUR = 8;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private Outbox outbox;

    @Inject
    private WeeklySummaries self;

    /**
     * Sends the summaries now due, Monday from {@value #HOUR}:00 where each patient is (their time zone, or else the
     * clinic's); answers how many were written.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendDue() {
        OffsetDateTime now = calendar.now();
        List<Object[]> candidates = em.createQuery("SELECT a.id, a.emailPreferences.timeZone FROM Account a"
                        + " WHERE a.role = :patient AND a.enabled = TRUE AND a.emailPreferences.weeklySummary = TRUE"
                        + " AND (a.weeklySummarySentOn IS NULL OR a.weeklySummarySentOn < :lately) ORDER BY a.id",
                        Object[].class)
                .setParameter("patient", Role.PATIENT)
                .setParameter("lately", calendar.today().minusDays(5))
                .getResultList();
        int sent = 0;
        for (Object[] candidate : candidates) {
            LocalDateTime local = now.atZoneSameInstant(calendar.zoneOr((String) candidate[1])).toLocalDateTime();
            if (local.getDayOfWeek() == DayOfWeek.MONDAY && !local.toLocalTime().isBefore(LocalTime.of(HOUR, 0))
                    && self.send((Long) candidate[0], local.toLocalDate())) {
                sent++;
            }
        }
        return sent;
    }

    /** Writes one patient's summary of the week before {@code monday}, if this call marks it sent today. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean send(long patientId, LocalDate monday) {
        int marked = em.createQuery("UPDATE Account a SET a.weeklySummarySentOn = :today WHERE a.id = :id"
                        + " AND (a.weeklySummarySentOn IS NULL OR a.weeklySummarySentOn < :today)")
                .setParameter("today", monday).setParameter("id", patientId).executeUpdate();
        if (marked == 0) {
            return false;
        }
        Object[] week = em.createQuery("SELECT COUNT(DISTINCT s.localDay), COALESCE(SUM(s.minutes), 0) FROM SessionLog s"
                        + " WHERE s.patient.id = :patient AND s.localDay >= :from AND s.localDay < :to"
                        + " AND s.deletedAt IS NULL", Object[].class)
                .setParameter("patient", patientId)
                .setParameter("from", monday.minusWeeks(1))
                .setParameter("to", monday)
                .getSingleResult();
        Account patient = em.find(Account.class, patientId);
        outbox.write(patient, MailKind.WEEKLY_SUMMARY, "/patient/history.xhtml",
                ((Number) week[0]).longValue(), ((Number) week[1]).longValue());
        return true;
    }
}
