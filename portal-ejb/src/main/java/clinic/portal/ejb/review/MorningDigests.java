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
import java.util.List;

/**
 * The morning list a clinician may ask for: from {@value #HOUR}:00 (the clinic's time), how many of their patients
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

    /** Sends the morning lists now due; answers how many were written. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendDue() {
        LocalDateTime now = calendar.localNow();
        if (now.toLocalTime().isBefore(LocalTime.of(HOUR, 0))) {
            return 0;
        }
        LocalDate today = now.toLocalDate();
        List<Long> due = em.createQuery("SELECT a.id FROM Account a WHERE a.role = :clinician AND a.enabled = TRUE"
                        + " AND a.emailPreferences.morningDigest = TRUE"
                        + " AND (a.morningDigestSentOn IS NULL OR a.morningDigestSentOn < :today) ORDER BY a.id", Long.class)
                .setParameter("clinician", Role.CLINICIAN)
                .setParameter("today", today)
                .getResultList();
        int sent = 0;
        for (long id : due) {
            if (self.send(id, today)) {
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
