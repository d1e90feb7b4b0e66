package clinic.portal.ejb.patient;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.account.Role;
import clinic.portal.domain.programme.Programme;
import clinic.portal.ejb.NotFoundException;
import clinic.portal.ejb.clinic.ClinicCalendar;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static clinic.portal.domain.account.Role.Names.CLINICIAN;
import static clinic.portal.domain.account.Role.Names.PATIENT;

/**
 * Who treats whom, from the caller's side: a clinician's own patients, and the ownership checks that every
 * read or write of patient data goes through. A patient who is not the caller's answers as if it did not exist.
 */
@Stateless
public class CareTeam {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private AccountIds ids;

    /** How many of the caller's patients have a name or username containing the text (all of them: blank text). */
    @RolesAllowed(CLINICIAN)
    public long countMyPatients(String text) {
        if (searchPattern(text).isEmpty()) {
            // All of them: the care team's own rows, over its index, without reading each patient's account.
            return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM care_team WHERE clinician_id = ?1")
                    .setParameter(1, myId()).getSingleResult()).longValue();
        }
        return em.createNamedQuery(Account.COUNT_PATIENTS_OF, Long.class)
                .setParameter("clinician", caller())
                .setParameter("text", searchPattern(text))
                .getSingleResult();
    }

    /**
     * The {@code LIKE} pattern of a search of patients by name or username: lower case, the text anywhere, its own
     * wildcards taken out; empty for blank text (everyone).
     */
    public static String searchPattern(String text) {
        return text == null || text.isBlank() ? ""
                : "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
    }

    /**
     * The patient, if the caller may see them: a clinician responsible for them, or the patient themself.
     *
     * @throws NotFoundException for anyone else, and for ids that do not exist
     */
    @RolesAllowed({CLINICIAN, PATIENT})
    public Account requireVisiblePatient(long patientId) {
        Account patient = em.find(Account.class, patientId);
        if (patient == null || patient.getRole() != Role.PATIENT || !checked(patient)) {
            throw new NotFoundException("patient", patientId);
        }
        return patient;
    }

    /**
     * Whether the caller may see the patient, asked of the database once per transaction: a use case that reads
     * several things of one patient (the patient page) checks ownership once, however many services it calls.
     */
    private boolean checked(Account patient) {
        if (transaction.getTransactionKey() == null) {
            return visible(patient);
        }
        String key = CareTeam.class.getName() + ".visible:" + caller() + ":" + patient.getId();
        if (Boolean.TRUE.equals(transaction.getResource(key))) {
            return true;
        }
        boolean visible = visible(patient);
        if (visible) {
            transaction.putResource(key, Boolean.TRUE);
        }
        return visible;
    }

    /** The patient, if the caller is a clinician responsible for them; see {@link #requireVisiblePatient}. */
    @RolesAllowed(CLINICIAN)
    public Account requireMyPatient(long patientId) {
        return requireVisiblePatient(patientId);
    }

    /**
     * Checks that every one of the patients is the caller's, in one query.
     *
     * @throws NotFoundException when any of them is not (or does not exist)
     */
    @RolesAllowed(CLINICIAN)
    public void requireMyPatients(Collection<Long> patientIds) {
        List<Long> ids = patientIds.stream().distinct().toList();
        if (ids.isEmpty()) {
            return;
        }
        long mine = em.createNamedQuery(Account.COUNT_ALL_TREATED_BY, Long.class)
                .setParameter("patients", ids)
                .setParameter("clinician", caller())
                .getSingleResult();
        if (mine != ids.size()) {
            throw new NotFoundException("patient", ids);
        }
    }

    /**
     * The signed-in account's id, remembered per username ({@link AccountIds}): recording a session (the API's
     * busiest call) then needs no query to know who is calling.
     */
    @RolesAllowed({CLINICIAN, PATIENT})
    public long myId() {
        return ids.of(caller(), username -> me().getId());
    }

    /** The signed-in account. */
    @RolesAllowed({CLINICIAN, PATIENT})
    public Account me() {
        return em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", caller())
                .getSingleResult();
    }

    /** The signed-in account's username. */
    @RolesAllowed({CLINICIAN, PATIENT})
    public String myUsername() {
        return caller();
    }

    private boolean visible(Account patient) {
        if (context.isCallerInRole(PATIENT)) {
            return patient.getUsername().equals(caller());
        }
        return em.createNamedQuery(Account.COUNT_TREATED_BY, Long.class)
                .setParameter("patient", patient.getId())
                .setParameter("clinician", caller())
                .getSingleResult() > 0;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
