package clinic.portal.domain.review;

import clinic.portal.domain.adherence.Adherence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The review rules, defined once (docs/domain.md says them in words). Days are the patient's local days; "the last 7 days" includes today,
 * so a painful session flags at once, while inactivity and adherence look only at days that are over, so a patient
 * who has not walked yet this morning is not flagged for it.
 */
public final class Review {

    /** Pain after a session at or above this, on the 0–10 scale, is high (unless it is the patient's usual). */
    public static final int HIGH_PAIN = 7;
    /** Pain after a session this many points above the pain before it is a flare with exercise. */
    public static final int FLARE_RISE = 2;
    /** Flares in the last 7 days that make a pattern worth a look. */
    public static final int FLARES = 2;
    /** The days at the start of a programme whose pain is the patient's own baseline. */
    public static final int BASELINE_DAYS = 7;
    /** A rise of the weekly average pain by this many points or more is a rising pain. */
    public static final int PAIN_RISE = 2;
    /** Complete days without any session, while a programme runs, before a patient is inactive. */
    public static final int INACTIVE_DAYS = 3;
    /** Session adherence below this share over the last 7 complete days is low. */
    public static final double LOW_ADHERENCE = 0.5;
    /** Days of logs the rules read: this week and the one before, today included. */
    public static final int DAYS_READ = 14;

    private Review() {
    }

    /**
     * Whether the baseline (the first {@value #BASELINE_DAYS} days of the programme) is over on {@code today}, so that
     * it can be compared with: before that, the days being judged would be the baseline itself.
     */
    public static boolean baselineOver(LocalDate programmeSince, LocalDate today) {
        return programmeSince != null && !programmeSince.plusDays(BASELINE_DAYS).isAfter(today);
    }

    /**
     * Patients' flags, most urgent first: by their most urgent flag (in {@link ReviewFlag}'s order), those with no
     * flag last. Stable, so patients of equal urgency keep their order (by name).
     */
    public static final Comparator<Set<ReviewFlag>> MOST_URGENT_FIRST = Comparator.comparingInt(
            flags -> flags.stream().mapToInt(Enum::ordinal).min().orElse(ReviewFlag.values().length));

    /** The first day of logs the rules need for a review on {@code today}. */
    public static LocalDate firstDayRead(LocalDate today) {
        return today.minusDays(DAYS_READ - 1L);
    }

    /** The window of session adherence the rules judge: the 7 days before today. */
    public static LocalDate adherenceFrom(LocalDate today) {
        return today.minusDays(7);
    }

    public static LocalDate adherenceTo(LocalDate today) {
        return today.minusDays(1);
    }

    /**
     * The flags of one patient.
     *
     * @param today          the patient's today
     * @param programmeSince the start of the programme running today, or null when none runs
     * @param days           the patient's logged days among the last {@value #DAYS_READ} (others are ignored)
     * @param lastWeek       adherence over {@link #adherenceFrom} to {@link #adherenceTo}, or null when unknown
     * @param openRedFlags   red flags not yet acknowledged
     * @param baseline       the patient's average pain rating over the first {@value #BASELINE_DAYS} days of the
     *                       programme, once those days are over; null when unknown (then pain after a session of
     *                       {@value #HIGH_PAIN} or more is high whatever the patient's usual)
     */
    public static Set<ReviewFlag> flags(LocalDate today, LocalDate programmeSince, Collection<DayLog> days,
                                        Adherence.Summary lastWeek, long openRedFlags, Double baseline) {
        Set<ReviewFlag> flags = EnumSet.noneOf(ReviewFlag.class);
        if (openRedFlags > 0) {
            flags.add(ReviewFlag.RED_FLAG);
        }
        LocalDate weekStart = today.minusDays(6);
        LocalDate previousWeekStart = firstDayRead(today);
        long painSum = 0;
        long painCount = 0;
        long previousSum = 0;
        long previousCount = 0;
        long flares = 0;
        LocalDate lastActive = null;
        for (DayLog day : days) {
            if (day.day().isAfter(today) || day.day().isBefore(previousWeekStart)) {
                continue;
            }
            if (!day.day().isBefore(weekStart)) {
                if (day.maxAfter() != null && day.maxAfter() >= HIGH_PAIN
                        && (baseline == null || day.maxAfter() > baseline)) {
                    flags.add(ReviewFlag.HIGH_PAIN);
                }
                flares += day.flares();
                painSum += day.painSum();
                painCount += day.painCount();
            } else {
                previousSum += day.painSum();
                previousCount += day.painCount();
            }
            if (day.sessions() > 0 && (lastActive == null || day.day().isAfter(lastActive))) {
                lastActive = day.day();
            }
        }
        if (flares >= FLARES) {
            flags.add(ReviewFlag.PAIN_FLARE);
        }
        if (painCount > 0 && previousCount > 0
                && (double) painSum / painCount - (double) previousSum / previousCount >= PAIN_RISE) {
            flags.add(ReviewFlag.RISING_PAIN);
        }
        if (programmeSince != null && !programmeSince.isAfter(today.minusDays(INACTIVE_DAYS))
                && (lastActive == null || lastActive.isBefore(today.minusDays(INACTIVE_DAYS)))) {
            flags.add(ReviewFlag.INACTIVE);
        }
        Optional<Double> adherence = lastWeek == null ? Optional.empty() : lastWeek.sessionAdherence();
        if (adherence.isPresent() && adherence.get() < LOW_ADHERENCE) {
            flags.add(ReviewFlag.LOW_ADHERENCE);
        }
        return flags;
    }
}
