package clinic.portal.domain.reminder;

import clinic.portal.domain.account.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A time of day (in the patient's time zone, or else the clinic's) at which a patient wants an email reminding them to walk, sent only when that walk
 * (the first walk of the day for the first reminder, the second for the second...) is not recorded yet.
 */
@Entity
@Table(name = "walk_reminder")
@NamedQuery(name = WalkReminder.FIND_FOR_ACCOUNT,
        query = "SELECT r FROM WalkReminder r WHERE r.account.id = :account ORDER BY r.atMinute")
@NamedQuery(name = WalkReminder.FIND_DUE,
        query = "SELECT r.id FROM WalkReminder r WHERE r.atMinute <= :now AND r.atMinute > :since"
                + " AND (r.lastSentOn IS NULL OR r.lastSentOn < :today) AND r.account.enabled = TRUE"
                + " AND r.account.emailPreferences.timeZone IS NULL ORDER BY r.id")
@NamedQuery(name = WalkReminder.FIND_DUE_IN_ZONE,
        query = "SELECT r.id FROM WalkReminder r WHERE r.atMinute <= :now AND r.atMinute > :since"
                + " AND (r.lastSentOn IS NULL OR r.lastSentOn < :today) AND r.account.enabled = TRUE"
                + " AND r.account.emailPreferences.timeZone = :zone ORDER BY r.id")
@NamedQuery(name = WalkReminder.FIND_ZONES,
        query = "SELECT DISTINCT r.account.emailPreferences.timeZone FROM WalkReminder r"
                + " WHERE r.account.emailPreferences.timeZone IS NOT NULL")
@NamedQuery(name = WalkReminder.MARK_SENT,
        query = "UPDATE WalkReminder r SET r.lastSentOn = :today"
                + " WHERE r.id = :id AND (r.lastSentOn IS NULL OR r.lastSentOn < :today)")
@NamedQuery(name = WalkReminder.DELETE_FOR_ACCOUNT, query = "DELETE FROM WalkReminder r WHERE r.account.id = :account")
public class WalkReminder implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_FOR_ACCOUNT = "WalkReminder.findForAccount";
    /**
     * Reminders of people in the clinic's time zone whose time came within the last half hour today and that were
     * not sent today.
     */
    public static final String FIND_DUE = "WalkReminder.findDue";
    /** The same, of people who chose a time zone of their own ({@code :zone}). */
    public static final String FIND_DUE_IN_ZONE = "WalkReminder.findDueInZone";
    /** The time zones of their own that people with reminders chose (few: a query for each). */
    public static final String FIND_ZONES = "WalkReminder.findZones";
    /** Marks one sent today, if it was not: 1 for the one node that gets to send it. */
    public static final String MARK_SENT = "WalkReminder.markSent";
    public static final String DELETE_FOR_ACCOUNT = "WalkReminder.deleteForAccount";

    /** The most reminders a patient sets: a walk in the morning, at midday and in the evening. */
    public static final int MAX_PER_DAY = 3;

    @Id
    @SequenceGenerator(name = "walk_reminder_seq", sequenceName = "walk_reminder_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "walk_reminder_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    /** The time of day, as minutes since midnight (a number compares alike on every database). */
    @Column(name = "at_minute", nullable = false, updatable = false)
    private int atMinute;

    @Column(name = "last_sent_on")
    private LocalDate lastSentOn;

    protected WalkReminder() {
        // for JPA
    }

    public WalkReminder(Account account, LocalTime atTime) {
        this.account = Objects.requireNonNull(account);
        this.atMinute = minuteOf(atTime);
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public LocalTime getAtTime() {
        return LocalTime.ofSecondOfDay(atMinute * 60L);
    }

    public int getAtMinute() {
        return atMinute;
    }

    /** Minutes since midnight. */
    public static int minuteOf(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }
}
