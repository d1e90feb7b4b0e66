package clinic.portal.ejb.patient;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.audit.AuditAction;
import clinic.portal.domain.log.RedFlagAlert;
import clinic.portal.domain.log.SessionLog;
import clinic.portal.domain.message.CareMessage;
import clinic.portal.domain.reminder.WalkReminder;
import clinic.portal.ejb.audit.AuditTrail;
import clinic.portal.ejb.outcome.OutcomeService;
import clinic.portal.ejb.programme.ProgrammeService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static clinic.portal.domain.account.Role.Names.CLINICIAN;
import static clinic.portal.domain.account.Role.Names.PATIENT;

/**
 * Everything the portal keeps about one patient, in one transaction, audited: the patient's own copy (the right of
 * access and to data portability, {@link #mine}), and the record a clinician of theirs, or the patient, moves to
 * another system as HL7 FHIR ({@link #forFhir}).
 */
@Stateless
public class DataExport {

    /** Before any warning sign was raised: the query's "reviewed since" then keeps them all. */
    private static final OffsetDateTime EVER = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    @Inject
    private CareTeam careTeam;

    @Inject
    private ProgrammeService programmes;

    @Inject
    private AuditTrail audit;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private OutcomeService outcomes;

    /** The signed-in patient's own data. */
    @RolesAllowed(PATIENT)
    public MyData mine() {
        Account me = careTeam.me();
        MyData data = read(me);
        audit.record(AuditAction.DATA_EXPORTED, me, data.sessions().size() + " sessions, " + data.messages().size()
                + " messages");
        return data;
    }

    /**
     * The patient's record for an HL7 FHIR export, for a clinician responsible for them or the patient themself.
     *
     * @throws clinic.portal.ejb.NotFoundException for anyone else
     */
    @RolesAllowed({CLINICIAN, PATIENT})
    public MyData forFhir(long patientId) {
        Account patient = careTeam.requireVisiblePatient(patientId);
        MyData data = read(patient);
        audit.record(AuditAction.FHIR_EXPORTED, patient, data.sessions().size() + " sessions, "
                + data.questionnaires().stream().mapToInt(t -> t.scores().size()).sum() + " questionnaire responses");
        return data;
    }

    private MyData read(Account me) {
        long id = me.getId();
        // history() loads each programme whole (revisions, phases, prescriptions, exercises), batched.
        MyData data = new MyData(me, programmes.history(id),
                em.createNamedQuery(SessionLog.FIND_ALL_OF, SessionLog.class).setParameter("patient", id).getResultList(),
                em.createNamedQuery(RedFlagAlert.FIND_FOR_PATIENT, RedFlagAlert.class).setParameter("patient", id)
                        .setParameter("since", EVER).getResultList(),
                em.createNamedQuery(CareMessage.FIND_THREAD, CareMessage.class).setParameter("patient", id).getResultList(),
                em.createNamedQuery(WalkReminder.FIND_FOR_ACCOUNT, WalkReminder.class).setParameter("account", id)
                        .getResultStream().map(WalkReminder::getAtTime).toList(),
                outcomes.outcomes(id));
        return data;
    }
}
