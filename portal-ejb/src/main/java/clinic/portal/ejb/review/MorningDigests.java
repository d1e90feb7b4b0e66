package clinic.portal.ejb.review;

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

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The morning list a clinician may ask for: from {@value #HOUR}:00 (where they are), how many of their patients
 * need a look today (any review flag, warning signs among them), without a name; nothing when none does. Once a day
 * per clinician, by one node (a conditional update marks it before it is written). Runs as the portal itself.
 */
@Stateless
@PermitAll
public class MorningDigests {

    /** The hour from which the morning lists go. */
    static final int HOUR = 7;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private ReviewFlags reviewFlags;

    @Inject
    private Outbox outbox;

    @Inject
    private MorningDigests self;

    /**
     * Sends the morning lists now due, from {@value #HOUR}:00 where each clinician is (their time zone, or else the
     * clinic's); answers how many were written.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendDue() {
        OffsetDateTime now = calendar.now();
        List<Object[]> candidates = em.createQuery("SELECT a.id, a.emailPreferences.timeZone, a.morningDigestSentOn"
                        + " FROM Account a WHERE a.role = :clinician AND a.enabled = TRUE"
                        + " AND a.emailPreferences.morningDigest = TRUE ORDER BY a.id", Object[].class)
                .setParameter("clinician", Role.CLINICIAN)
                .getResultList();
        int sent = 0;
        for (Object[] candidate : candidates) {
            LocalDateTime local = now.atZoneSameInstant(calendar.zoneOr((String) candidate[1])).toLocalDateTime();
            LocalDate last = (LocalDate) candidate[2];
            if (!local.toLocalTime().isBefore(LocalTime.of(HOUR, 0))
                    && (last == null || last.isBefore(local.toLocalDate()))
                    && self.send((Long) candidate[0], local.toLocalDate())) {
                sent++;
            }
        }
        return sent;
    }

    /** Writes one clinician's list for today, if this call marks it and any patient of theirs needs a look. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean send(long clinicianId, LocalDate today) {
        int marked = em.createQuery("UPDATE Account a SET a.morningDigestSentOn = :today WHERE a.id = :id"
                        + " AND (a.morningDigestSentOn IS NULL OR a.morningDigestSentOn < :today)")
                .setParameter("today", today).setParameter("id", clinicianId).executeUpdate();
        if (marked == 0) {
            return false;
        }
        List<Long> patients = em.createQuery("SELECT p.id FROM Account p JOIN p.clinicians c WHERE c.id = :clinician"
                        + " AND p.enabled = TRUE ORDER BY p.id", Long.class)
                .setParameter("clinician", clinicianId)
                .setMaxResults(ReviewService.MAX_PATIENTS)
                .getResultList();
        long needLook = reviewFlags.of(patients).values().stream().filter(flags -> !flags.isEmpty()).count();
        if (needLook == 0) {
            return false;
        }
        outbox.write(em.find(Account.class, clinicianId), MailKind.MORNING_DIGEST, "/clinician/index.xhtml", needLook);
        return true;
    }
}
