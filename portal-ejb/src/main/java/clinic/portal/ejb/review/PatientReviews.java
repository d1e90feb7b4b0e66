package clinic.portal.ejb.review;

import clinic.portal.domain.review.PatientReview;
import clinic.portal.domain.review.ReviewFlag;
import clinic.portal.ejb.clinic.ClinicCalendar;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps each patient's {@link PatientReview} up to date: every change to what the review rules read counts one more
 * edit (in the changing transaction), and stale reviews are computed again, with {@link ReviewFlags}, before a
 * clinician's list is read and every few minutes in the background ({@link ReviewSchedule}). Runs as the portal
 * itself: it answers nothing about anyone, and {@link ReviewService} checks who may read what.
 */
@Stateless
@PermitAll
public class PatientReviews {

    /** Reviews computed in one background transaction at most. */
    static final int BATCH = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private ReviewFlags reviewFlags;

    /**
     * One more change to the patient's sessions, programme or questionnaires, in the transaction that makes it: their
     * review is computed again before anyone reads it.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void changed(long patientId) {
        em.createNamedQuery(PatientReview.CHANGED).setParameter("patient", patientId).executeUpdate();
    }

    /**
     * Computes again the reviews of the clinician's patients that are stale or missing, in a transaction of its own
     * (committed before the list is read); the same few queries however many patients there are.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refreshPatientsOf(long clinicianId) {
        LocalDate today = calendar.today();
        @SuppressWarnings("unchecked")
        List<Object[]> stale = em.createNativeQuery(PatientReview.FIND_STALE_OF_CLINICIAN_SQL)
                .setParameter(1, clinicianId)
                .setParameter(2, clinicianId)
                .setParameter(3, today)
                .setParameter(4, today)
                .getResultList();
        refresh(stale.stream().map(row -> new Object[]{number(row[0]), row[1] == null ? null : number(row[1]),
                row[2] == null ? null : number(row[2])}).toList(), today);
    }

    /**
     * Computes again at most {@value #BATCH} stale reviews of patients with an id above the one given, in a
     * transaction of its own; answers the last patient id it looked at, or -1 when there were no more.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long refreshStaleAfter(long patientId) {
        LocalDate today = calendar.today();
        TypedQuery<Object[]> stale = em.createNamedQuery(PatientReview.FIND_STALE, Object[].class)
                .setParameter("after", patientId)
                .setParameter("day", today)
                .setMaxResults(BATCH);
        List<Object[]> rows = stale.getResultList();
        if (rows.isEmpty()) {
            return -1;
        }
        refresh(rows, today);
        return (Long) rows.get(rows.size() - 1)[0];
    }

    /**
     * Stores the flags of each patient given as {@link PatientReview#FIND_STALE} reads them (id, the row's id or null
     * when there is none yet, the edits read before computing). A review is stored only where no change came since its
     * edits were read.
     */
    private void refresh(List<Object[]> stale, LocalDate today) {
        for (int from = 0; from < stale.size(); from += BATCH) {
            refreshBatch(stale.subList(from, Math.min(stale.size(), from + BATCH)), today);
        }
    }

    private static Long number(Object value) {
        return ((Number) value).longValue();
    }

    /** At most {@value #BATCH} at once: the rules' queries take the ids as bound parameters. */
    private void refreshBatch(List<Object[]> stale, LocalDate today) {
        Map<Long, Set<ReviewFlag>> flags = reviewFlags.of(stale.stream().map(row -> (Long) row[0]).toList());
        for (Object[] row : stale) {
            long patient = (Long) row[0];
            Set<ReviewFlag> found = flags.get(patient);
            boolean stored = true;
            if (row[1] == null) {
                em.persist(PatientReview.first(patient, today, found));
            } else {
                stored = em.createNamedQuery(PatientReview.RECORD)
                        .setParameter("patient", patient)
                        .setParameter("edits", row[2])
                        .setParameter("day", today)
                        .setParameter("flags", PatientReview.stored(found))
                        .executeUpdate() == 1;
            }
            if (stored) {
                em.createNativeQuery(PatientReview.TO_CARE_TEAM_SQL)
                        .setParameter(1, PatientReview.urgency(found))
                        .setParameter(2, patient)
                        .setParameter(3, patient)
                        .executeUpdate();
            }
        }
    }
}
