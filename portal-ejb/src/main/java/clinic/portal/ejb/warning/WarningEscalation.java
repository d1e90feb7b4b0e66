package clinic.portal.ejb.warning;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.account.Role;
import clinic.portal.domain.audit.AuditAction;
import clinic.portal.domain.log.RedFlagAlert;
import clinic.portal.domain.mail.MailKind;
import clinic.portal.ejb.audit.AuditTrail;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.mail.Outbox;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * Escalates warning signs left unreviewed past {@code PORTAL_WARNING_ESCALATE_MINUTES}: each is escalated once,
 * whatever the number of nodes running the check (a conditional update marks it, and only the node whose update
 * matched writes the emails, in the same transaction), to every enabled clinician of the patient and every enabled
 * administrator. Runs as the portal itself ({@link WarningSchedule}), hence no role.
 */
@Stateless
@PermitAll
public class WarningEscalation {

    private static final Logger LOG = Logger.getLogger(WarningEscalation.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private WarningSignService warningSigns;

    @Inject
    private Outbox outbox;

    @Inject
    private AuditTrail audit;

    @Inject
    private WarningEscalation self;

    /** Escalates every warning sign now overdue and not yet escalated; answers how many this call escalated. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int escalateOverdue() {
        OffsetDateTime now = calendar.now();
        List<Long> due = em.createNamedQuery(RedFlagAlert.FIND_TO_ESCALATE, Long.class)
                .setParameter("cutoff", now.minus(warningSigns.limit()))
                .getResultList();
        int escalated = 0;
        for (long id : due) {
            if (self.escalate(id)) {
                escalated++;
            }
        }
        return escalated;
    }

    /** Escalates one warning sign, if this call is the one that marks it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean escalate(long id) {
        int marked = em.createNamedQuery(RedFlagAlert.MARK_ESCALATED)
                .setParameter("now", calendar.now())
                .setParameter("id", id)
                .executeUpdate();
        if (marked == 0) {
            return false;
        }
        RedFlagAlert alert = em.find(RedFlagAlert.class, id);
        Account patient = alert.getPatient();
        patient.getClinicians().stream().filter(Account::isEnabled)
                .forEach(c -> outbox.write(c, MailKind.WARNING_SIGN_OVERDUE, "/clinician/warnings/index.xhtml"));
        em.createNamedQuery(Account.FIND_ENABLED_BY_ROLE, Account.class)
                .setParameter("role", Role.ADMIN)
                .getResultList()
                .forEach(a -> outbox.write(a, MailKind.WARNING_SIGN_OVERDUE, "/admin/warnings/index.xhtml"));
        audit.recordByPortal(AuditAction.WARNING_SIGN_ESCALATED, patient,
                "warning sign " + id + " not reviewed within " + warningSigns.limit().toMinutes() + " minutes");
        LOG.warning(() -> "Warning sign " + id + " of patient " + patient.getId() + " is overdue: escalated by email");
        return true;
    }
}
