package clinic.portal.ejb.reminder;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.exercise.ExerciseKind;
import clinic.portal.domain.mail.MailKind;
import clinic.portal.domain.reminder.WalkReminder;
import clinic.portal.ejb.RuleViolation;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.mail.Outbox;
import clinic.portal.ejb.patient.CareTeam;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;

import static clinic.portal.domain.account.Role.Names.PATIENT;

/**
 * Walk reminders by email. A patient chooses up to {@value WalkReminder#MAX_PER_DAY} times of day (in their own
 * time zone, or else the clinic's);
 * the n-th is sent only if fewer than n walks are recorded that day, once, by one node (a conditional update marks
 * it sent), within half an hour of its time (a node that was down does not send stale reminders). Every reminder
 * carries a one-click link that stops them all.
 */
@Stateless
public class WalkReminders {

    /** A reminder whose time passed longer ago than this is not sent any more that day. */
    static final Duration LATEST = Duration.ofMinutes(30);
    /** Rule key: more times than a day takes. */
    public static final String TOO_MANY = "reminders.violation.TOO_MANY";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private CareTeam careTeam;

    @Inject
    private Outbox outbox;

    @Inject
    private WalkReminders self;

    /** The caller's reminder times, earliest first. */
    @RolesAllowed(PATIENT)
    public List<LocalTime> mine() {
        return em.createNamedQuery(WalkReminder.FIND_FOR_ACCOUNT, WalkReminder.class)
                .setParameter("account", careTeam.myId())
                .getResultStream().map(WalkReminder::getAtTime).toList();
    }

    /** Replaces the caller's reminder times (none: no reminders). */
    @RolesAllowed(PATIENT)
    public void setMine(@NotNull List<LocalTime> times) {
        TreeSet<LocalTime> distinct = new TreeSet<>();
        times.stream().filter(t -> t != null).forEach(t -> distinct.add(t.withSecond(0).withNano(0)));
        if (distinct.size() > WalkReminder.MAX_PER_DAY) {
            throw new RuleViolation(TOO_MANY, null, WalkReminder.MAX_PER_DAY);
        }
        Account me = careTeam.me();
        em.createNamedQuery(WalkReminder.DELETE_FOR_ACCOUNT).setParameter("account", me.getId()).executeUpdate();
        distinct.forEach(t -> em.persist(new WalkReminder(me, t)));
    }

    /**
     * Sends the reminders now due; answers how many were sent. Each time zone people chose is asked on its own
     * (a reminder at 09:00 is 09:00 where the patient is). Runs as the portal itself, hence no role.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendDue() {
        int sent = sendDue(calendar.zone(), em.createNamedQuery(WalkReminder.FIND_DUE, Long.class));
        for (String zone : em.createNamedQuery(WalkReminder.FIND_ZONES, String.class).getResultList()) {
            ZoneId chosen = calendar.zoneOr(zone);
            if (chosen.getId().equals(zone)) {
                sent += sendDue(chosen, em.createNamedQuery(WalkReminder.FIND_DUE_IN_ZONE, Long.class)
                        .setParameter("zone", zone));
            }
        }
        return sent;
    }

    private int sendDue(ZoneId zone, TypedQuery<Long> due) {
        LocalDateTime now = calendar.now().atZoneSameInstant(zone).toLocalDateTime();
        int minute = WalkReminder.minuteOf(now.toLocalTime());
        int sent = 0;
        for (long id : due.setParameter("now", minute)
                .setParameter("since", minute - (int) LATEST.toMinutes())
                .setParameter("today", now.toLocalDate())
                .getResultList()) {
            if (self.send(id, now.toLocalDate(), zone.getId())) {
                sent++;
            }
        }
        return sent;
    }

    /**
     * Sends one reminder, if this call marks it sent on the patient's {@code today} and that walk is still missing
     * (walks counted over that day where the patient is).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean send(long id, LocalDate today, String zone) {
        int marked = em.createNamedQuery(WalkReminder.MARK_SENT).setParameter("today", today).setParameter("id", id)
                .executeUpdate();
        if (marked == 0) {
            return false;
        }
        WalkReminder reminder = em.find(WalkReminder.class, id);
        Account patient = reminder.getAccount();
        long place = em.createQuery("SELECT COUNT(r) FROM WalkReminder r WHERE r.account.id = :account"
                        + " AND r.atMinute <= :minute", Long.class)
                .setParameter("account", patient.getId())
                .setParameter("minute", reminder.getAtMinute())
                .getSingleResult();
        OffsetDateTime start = today.atStartOfDay(ZoneId.of(zone)).toOffsetDateTime();
        long walks = em.createQuery("SELECT COUNT(s) FROM SessionLog s JOIN s.exercise e WHERE s.patient.id = :patient"
                        + " AND s.performedAt >= :start AND s.performedAt < :end AND s.deletedAt IS NULL"
                        + " AND e.kind = :walking", Long.class)
                .setParameter("patient", patient.getId())
                .setParameter("start", start)
                .setParameter("end", today.plusDays(1).atStartOfDay(ZoneId.of(zone)).toOffsetDateTime())
                .setParameter("walking", ExerciseKind.WALKING)
                .getSingleResult();
        if (walks >= place) {
            return false;
        }
        outbox.write(patient, MailKind.WALK_REMINDER, "/patient/index.xhtml");
        return true;
    }
}
