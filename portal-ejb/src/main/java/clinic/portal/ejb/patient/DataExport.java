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

import static clinic.portal.domain.account.Role.Names.PATIENT;

/**
 * A patient's own copy of everything the portal keeps about them (the right of access and to data portability): one
 * use case, one transaction, audited. Only the patient themself asks for it.
 */
@Stateless
@RolesAllowed(PATIENT)
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

    public MyData mine() {
        Account me = careTeam.me();
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
        audit.record(AuditAction.DATA_EXPORTED, me, data.sessions().size() + " sessions, " + data.messages().size()
                + " messages");
        return data;
    }
}
