package clinic.portal.ejb.message;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.audit.AuditAction;
import clinic.portal.domain.mail.MailKind;
import clinic.portal.domain.message.CareMessage;
import clinic.portal.ejb.RuleViolation;
import clinic.portal.ejb.audit.AuditTrail;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.mail.Outbox;
import clinic.portal.ejb.patient.CareTeam;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.OffsetDateTime;
import java.util.List;

import static clinic.portal.domain.account.Role.Names.CLINICIAN;
import static clinic.portal.domain.account.Role.Names.PATIENT;

/**
 * Messages between a patient and their care team. A patient writes to the whole team and any of their clinicians
 * answers; every read and write goes through {@link CareTeam}'s ownership check (someone else's patient answers as
 * if they did not exist). Opening a conversation marks the other side's messages read; a clinician opening it is a
 * read of patient data, audited. Each new message tells its recipients by email that there is one, without its
 * text: once per unread run, not once per message, so five lines in a row make one email.
 */
@Stateless
public class Conversations {

    /** Rule keys: an empty message, a message too long. */
    public static final String EMPTY = "messages.violation.EMPTY";
    public static final String TOO_LONG = "messages.violation.TOO_LONG";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private CareTeam careTeam;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private Outbox outbox;

    @Inject
    private AuditTrail audit;

    /**
     * Opens the patient's conversation: the newest {@code max} messages, newest first; the other side's messages
     * become read by the caller.
     */
    @RolesAllowed({PATIENT, CLINICIAN})
    public Conversation open(long patientId, @Min(1) @Max(500) int max) {
        Account patient = careTeam.requireVisiblePatient(patientId);
        boolean clinician = context.isCallerInRole(CLINICIAN);
        Account me = clinician ? careTeam.me() : patient;
        int read = em.createNamedQuery(CareMessage.MARK_READ)
                .setParameter("now", calendar.now())
                .setParameter("reader", me)
                .setParameter("patient", patientId)
                .setParameter("fromPatient", clinician)
                .executeUpdate();
        if (clinician) {
            audit.record(AuditAction.MESSAGES_VIEWED, patient, read + " newly read");
        }
        List<MessageLine> lines = em.createNamedQuery(CareMessage.FIND_THREAD, CareMessage.class)
                .setParameter("patient", patientId)
                .setMaxResults(max)
                .getResultStream().map(m -> MessageLine.of(m, me.getId())).toList();
        long total = lines.size() < max ? lines.size()
                : em.createNamedQuery(CareMessage.COUNT_THREAD, Long.class).setParameter("patient", patientId)
                        .getSingleResult();
        return new Conversation(patientId, patient.getDisplayName(), lines, total);
    }

    /** The signed-in patient's own conversation; see {@link #open}. */
    @RolesAllowed(PATIENT)
    public Conversation openMine(@Min(1) @Max(500) int max) {
        return open(careTeam.myId(), max);
    }

    /**
     * Writes in the patient's conversation: a patient to their care team, a clinician to their patient. The
     * recipients (the patient, or each of their clinicians) get an email that there is a new message, unless one
     * they have not read yet already told them.
     */
    @RolesAllowed({PATIENT, CLINICIAN})
    public MessageLine send(long patientId, String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new RuleViolation(EMPTY, "text");
        }
        if (stripped.length() > CareMessage.TEXT_MAX) {
            throw new RuleViolation(TOO_LONG, "text", CareMessage.TEXT_MAX, stripped.length());
        }
        Account patient = careTeam.requireVisiblePatient(patientId);
        Account me = context.isCallerInRole(CLINICIAN) ? careTeam.me() : patient;
        boolean fromPatient = me.equals(patient);
        long waiting = em.createNamedQuery(CareMessage.COUNT_UNREAD_IN_THREAD, Long.class)
                .setParameter("patient", patientId)
                .setParameter("fromPatient", fromPatient)
                .getSingleResult();
        OffsetDateTime now = calendar.now();
        CareMessage message = CareMessage.write(patient, me, stripped, now);
        em.persist(message);
        audit.record(AuditAction.MESSAGE_SENT, patient, fromPatient ? "to the care team" : "to the patient");
        if (waiting == 0) {
            if (fromPatient) {
                patient.getClinicians().stream().filter(Account::isEnabled).forEach(clinician ->
                        outbox.write(clinician, MailKind.NEW_MESSAGE,
                                "/clinician/messages/conversation.xhtml?patient=" + patientId));
            } else if (patient.isEnabled()) {
                outbox.write(patient, MailKind.NEW_MESSAGE, "/patient/messages.xhtml");
            }
        }
        return MessageLine.of(message, me.getId());
    }

    /** The signed-in patient writes to their care team; see {@link #send}. */
    @RolesAllowed(PATIENT)
    public MessageLine sendMine(String text) {
        return send(careTeam.myId(), text);
    }

    /**
     * How many messages wait for the caller: for a patient, their care team's they have not read; for a clinician,
     * their patients' that nobody of the care team has read. One count query.
     */
    @RolesAllowed({PATIENT, CLINICIAN})
    public long unread() {
        if (context.isCallerInRole(CLINICIAN)) {
            return em.createNamedQuery(CareMessage.COUNT_UNREAD_FOR_CLINICIAN, Long.class)
                    .setParameter("clinician", careTeam.myId())
                    .getSingleResult();
        }
        return em.createNamedQuery(CareMessage.COUNT_UNREAD_IN_THREAD, Long.class)
                .setParameter("patient", careTeam.myId())
                .setParameter("fromPatient", false)
                .getSingleResult();
    }

    /**
     * The clinician's conversations, a page at a time: those with unread messages first, then the latest; one
     * grouped query over the conversation index, whatever the number of patients.
     */
    @RolesAllowed(CLINICIAN)
    public List<InboxLine> inbox(@Min(0) int first, @Min(1) @Max(200) int max) {
        return em.createNamedQuery(CareMessage.INBOX, Object[].class)
                .setParameter("clinician", careTeam.myUsername())
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultStream()
                .map(row -> new InboxLine((Long) row[0], (String) row[1], (OffsetDateTime) row[2],
                        ((Number) row[3]).longValue()))
                .toList();
    }

    /** How many of the clinician's patients have a conversation. */
    @RolesAllowed(CLINICIAN)
    public long inboxCount() {
        return em.createNamedQuery(CareMessage.COUNT_INBOX, Long.class)
                .setParameter("clinician", careTeam.myUsername())
                .getSingleResult();
    }
}
