package clinic.portal.ejb.review;

import clinic.portal.domain.review.PatientReview;
import clinic.portal.domain.review.ReviewFlag;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.patient.CareTeam;
import clinic.portal.ejb.patient.PatientSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import static clinic.portal.domain.account.Role.Names.CLINICIAN;

/**
 * What needs a clinician's review: the flags of their patients, computed by {@link ReviewFlags} in the same few
 * queries however many patients are asked for, and their patient list, a page at a time, most urgent first, read from
 * the reviews {@link PatientReviews} keeps up to date.
 */
@Stateless
@RolesAllowed(CLINICIAN)
public class ReviewService {

    /** At most this many patients at once: a clinician's list, not the clinic. */
    public static final int MAX_PATIENTS = 1000;

    /** At most this many patients on a page of the list. */
    public static final int MAX_PAGE = 100;

    private static final Logger LOG = Logger.getLogger(ReviewService.class.getName());

    /** The patients with a warning sign no clinician has reviewed yet: few, over the open alerts' index. */
    private static final String OPEN_WARNINGS = "SELECT w.patient_id FROM red_flag_alert w WHERE w.acknowledged_at IS NULL";

    /**
     * One page of a clinician's patients, most urgent first: those with an open warning sign (read live, few), then
     * the others by the urgency and name their stored review copied to the care team's rows. The others are read in
     * the order of {@code ix_care_team_list} (clinician, urgency, name, patient) and no further than the page's end
     * ({@code ?7}: the page's first position plus its size; the warnings before them only push them later), so the
     * database walks about a page of index entries however many patients the clinician has, rather than sorting all
     * of them for every page; only the page's patients are then joined to their accounts, reviews and programmes.
     * Standard SQL, the same on H2 and PostgreSQL; the limited part is a derived table rather than a parenthesized
     * branch of the union, whose {@code FETCH} parameter H2 2.3 evaluates once and keeps for every later execution.
     * The two {@code %s} take the search, when there is one.
     */
    private static final String PAGE_OF_MY_PATIENTS = "SELECT p.patient_id, a.username, a.display_name, a.enabled,"
            + " (SELECT MIN(g.start_date) FROM programme g WHERE g.patient_id = p.patient_id AND g.start_date <= ?1"
            + " AND (g.ends_on IS NULL OR g.ends_on > ?2)), COALESCE(r.flags, 0), p.warning"
            + " FROM (SELECT q.patient_id, q.k, q.sort_name, q.warning FROM ("
            + "SELECT t.patient_id, 0 AS k, t.sort_name, 1 AS warning FROM care_team t"
            + " WHERE t.clinician_id = ?3 AND t.patient_id IN (" + OPEN_WARNINGS + ")%s"
            + " UNION ALL SELECT o.patient_id, o.k, o.sort_name, 0 AS warning FROM ("
            + "SELECT t.patient_id, t.urgency AS k, t.sort_name FROM care_team t"
            + " WHERE t.clinician_id = ?4 AND NOT EXISTS (" + OPEN_WARNINGS + " AND w.patient_id = t.patient_id)%s"
            + " ORDER BY t.urgency, t.sort_name, t.patient_id FETCH FIRST ?7 ROWS ONLY) o"
            + ") q ORDER BY q.k, q.sort_name, q.patient_id OFFSET ?5 ROWS FETCH FIRST ?6 ROWS ONLY) p"
            + " JOIN account a ON a.id = p.patient_id LEFT JOIN patient_review r ON r.patient_id = p.patient_id"
            + " ORDER BY p.k, p.sort_name, p.patient_id";

    /**
     * A patient's stored review when it is up to date (computed for the day given and not pending a change), with
     * whether they have an open warning sign: no row when it must be computed again.
     */
    private static final String CURRENT_REVIEW = "SELECT r.flags, CASE WHEN EXISTS (" + OPEN_WARNINGS
            + " AND w.patient_id = r.patient_id) THEN 1 ELSE 0 END FROM patient_review r"
            + " WHERE r.patient_id = ?1 AND r.pending = FALSE AND r.reviewed_for = ?2";

    private static final String ALL = PAGE_OF_MY_PATIENTS.formatted("", "");

    private static final String SEARCHED = PAGE_OF_MY_PATIENTS.formatted(
            " AND EXISTS (SELECT 1 FROM account s WHERE s.id = t.patient_id AND (LOWER(s.display_name) LIKE ?8 OR s.username LIKE ?9))",
            " AND EXISTS (SELECT 1 FROM account s WHERE s.id = t.patient_id AND (LOWER(s.display_name) LIKE ?10 OR s.username LIKE ?11))");

    @Inject
    private CareTeam careTeam;

    @Inject
    private ReviewFlags reviewFlags;

    @Inject
    private PatientReviews patientReviews;

    @Inject
    private ClinicCalendar calendar;

    @PersistenceContext
    private EntityManager em;

    /**
     * The flags of each of the caller's patients given, in the order given (an empty set: nothing to review).
     *
     * @throws clinic.portal.ejb.NotFoundException when any of the patients is not the caller's
     */
    public Map<Long, Set<ReviewFlag>> flags(@NotNull @Size(max = MAX_PATIENTS) Collection<Long> patientIds) {
        List<Long> ids = patientIds.stream().distinct().toList();
        if (ids.isEmpty()) {
            return new LinkedHashMap<>();
        }
        careTeam.requireMyPatients(ids);
        return reviewFlags.of(ids);
    }

    /**
     * A page of the clinician's patient list: their patients whose name or username contains the text, most urgent
     * first (an open warning sign before any other flag, then by {@link ReviewFlag}'s order, then by name), with
     * today's programme and what needs a look. Sorted and paged in the database over the stored reviews, which are
     * brought up to date first (only those changed since, or computed on an earlier day): the same few queries, and
     * about the same time, for a clinician of 100 patients or of 1,000.
     *
     * @param first the position of the first patient of the page, from 0
     * @param max   at most this many patients
     */
    public List<ReviewedPatient> myPatients(String text, @Min(0) int first, @Min(1) @Max(MAX_PAGE) int max) {
        long me = careTeam.myId();
        try {
            patientReviews.refreshPatientsOf(me);
        } catch (EJBException e) {
            // Most likely another request (another tab, the background refresh) wrote the same new reviews first, and
            // theirs count; anything else leaves the reviews stale, to be computed again at the next read.
            LOG.log(Level.WARNING, "The reviews of clinician " + me + "'s patients were not brought up to date this time", e);
        }
        LocalDate today = calendar.today();
        String pattern = CareTeam.searchPattern(text);
        var page = em.createNativeQuery(pattern.isEmpty() ? ALL : SEARCHED)
                .setParameter(1, today)
                .setParameter(2, today)
                .setParameter(3, me)
                .setParameter(4, me)
                .setParameter(5, first)
                .setParameter(6, max)
                .setParameter(7, (int) Math.min((long) first + max, Integer.MAX_VALUE));
        if (!pattern.isEmpty()) {
            for (int i = 8; i <= 11; i++) {
                page.setParameter(i, pattern);
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = page.getResultList();
        return rows.stream().map(row -> new ReviewedPatient(
                new PatientSummary(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (Boolean) row[3],
                        date(row[4])),
                PatientReview.flags(((Number) row[5]).intValue(), ((Number) row[6]).intValue() == 1))).toList();
    }

    /** How many of the caller's patients have a name or username containing the text. */
    public long countMyPatients(String text) {
        return careTeam.countMyPatients(text);
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    /**
     * The flags of one of the caller's patients, as their page shows them: the review {@link PatientReviews} stored,
     * when it was computed today and nothing the rules read has changed since (the same review the list sorts by),
     * with an open warning sign read live, in one statement; computed again by {@link ReviewFlags} (nine more in
     * {@code PatientReviewIT}, fewer where the page has loaded the programme already) when the stored one is missing
     * or stale. The ownership check is the one the transaction already made, if it made one.
     *
     * @throws clinic.portal.ejb.NotFoundException when the patient is not the caller's
     */
    public Set<ReviewFlag> flags(long patientId) {
        careTeam.requireMyPatient(patientId);
        @SuppressWarnings("unchecked")
        List<Object[]> stored = em.createNativeQuery(CURRENT_REVIEW)
                .setParameter(1, patientId)
                .setParameter(2, calendar.today())
                .getResultList();
        if (stored.isEmpty()) {
            return reviewFlags.of(List.of(patientId)).get(patientId);
        }
        Object[] row = stored.get(0);
        return PatientReview.flags(((Number) row[0]).intValue(), ((Number) row[1]).intValue() == 1);
    }
}
