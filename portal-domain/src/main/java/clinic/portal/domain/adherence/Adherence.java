package clinic.portal.domain.adherence;

import clinic.portal.domain.language.Localized;
import clinic.portal.domain.exercise.Dose;
import clinic.portal.domain.exercise.Frequency;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Adherence over a window of days, defined once:
 * <ul>
 * <li><b>session adherence</b> = sessions done ÷ sessions prescribed, where each prescription's sessions on a day
 * count at most as many as it prescribed that day, so extra sessions never hide missed ones;</li>
 * <li><b>minutes adherence</b> = minutes done ÷ minutes prescribed, capped the same way (timed doses only);</li>
 * <li><b>active days</b> = days with at least one session ÷ days in the window;</li>
 * <li>a day without a programme prescribes nothing and so counts neither way.</li>
 * </ul>
 * A dose of so many days a week is counted per calendar week (Monday to Sunday): it prescribes n sessions a week,
 * pro rata for the days of a week that fall in the window and the programme, and a session counts on at most one
 * a day. Sessions of unplanned activities count for active days only.
 */
public final class Adherence {

    private Adherence() {
    }

    /**
     * The summary of a window.
     *
     * @param from     first day of the window
     * @param to       last day of the window (inclusive)
     * @param schedule what was prescribed, per revision and phase
     * @param totals   what was done, summed per day and exercise
     */
    public static Summary over(LocalDate from, LocalDate to, List<ScheduledDose> schedule, List<DailyTotal> totals) {
        Map<Key, long[]> done = new HashMap<>();
        Set<LocalDate> activeDays = new HashSet<>();
        for (DailyTotal total : totals) {
            if (!total.day().isBefore(from) && !total.day().isAfter(to)) {
                activeDays.add(total.day());
                if (total.exerciseId() != null) {
                    done.merge(new Key(total.day(), total.exerciseId()),
                            new long[]{total.sessions(), total.minutes()},
                            (a, b) -> new long[]{a[0] + b[0], a[1] + b[1]});
                }
            }
        }
        Tally tally = new Tally();
        daily(from, to, schedule, done, tally);
        weekly(from, to, schedule, done, tally);
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        return new Summary(from, to, tally.sessionsDone, tally.sessionsPrescribed, tally.minutesDone,
                tally.minutesPrescribed, activeDays.size(), days);
    }

    /** How far the patient is with each prescription on a day: that day for daily doses, that week for weekly ones. */
    public static List<Progress> on(LocalDate day, List<ScheduledDose> schedule, List<DailyTotal> totals) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return schedule.stream().filter(d -> d.appliesOn(day)).map(d -> {
            Dose dose = d.dose();
            boolean weekly = dose.getFrequency() == Frequency.PER_WEEK;
            List<DailyTotal> mine = totals.stream()
                    .filter(t -> Objects.equals(t.exerciseId(), d.exerciseId()))
                    .filter(t -> weekly ? !t.day().isBefore(monday) && !t.day().isAfter(day) : t.day().equals(day))
                    .toList();
            long sessions = weekly ? mine.size() : mine.stream().mapToLong(DailyTotal::sessions).sum();
            long minutes = mine.stream().mapToLong(DailyTotal::minutes).sum();
            int prescribedSessions = weekly ? dose.getCount() : dose.sessionsPerDay();
            long prescribedMinutes = dose.isTimed() ? (long) prescribedSessions * dose.getMinutes() : 0;
            return new Progress(d.exerciseId(), d.exerciseName(), dose, sessions, prescribedSessions, minutes,
                    prescribedMinutes, weekly);
        }).toList();
    }

    private static void daily(LocalDate from, LocalDate to, List<ScheduledDose> schedule, Map<Key, long[]> done,
                              Tally tally) {
        Map<Key, long[]> prescribed = new HashMap<>();
        for (ScheduledDose d : schedule) {
            if (d.dose().getFrequency() != Frequency.PER_DAY) {
                continue;
            }
            for (LocalDate day = max(d.from(), from); !day.isAfter(to) && day.isBefore(d.until()); day = day.plusDays(1)) {
                prescribed.merge(new Key(day, d.exerciseId()),
                        new long[]{d.dose().sessionsPerDay(), d.dose().minutesPerDay()},
                        (a, b) -> new long[]{a[0] + b[0], a[1] + b[1]});
            }
        }
        prescribed.forEach((key, p) -> {
            long[] did = done.getOrDefault(key, new long[2]);
            tally.add(Math.min(did[0], p[0]), p[0], p[1] == 0 ? 0 : Math.min(did[1], p[1]), p[1]);
        });
    }

    private static void weekly(LocalDate from, LocalDate to, List<ScheduledDose> schedule, Map<Key, long[]> done,
                               Tally tally) {
        Map<Key, double[]> prescribed = new HashMap<>();
        Map<Key, Set<LocalDate>> weekDays = new HashMap<>();
        for (ScheduledDose d : schedule) {
            if (d.dose().getFrequency() != Frequency.PER_WEEK) {
                continue;
            }
            for (LocalDate day = max(d.from(), from); !day.isAfter(to) && day.isBefore(d.until()); day = day.plusDays(1)) {
                Key week = new Key(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), d.exerciseId());
                double share = d.dose().getCount() / 7.0;
                double minutes = d.dose().isTimed() ? share * d.dose().getMinutes() : 0;
                prescribed.merge(week, new double[]{share, minutes}, (a, b) -> new double[]{a[0] + b[0], a[1] + b[1]});
                weekDays.computeIfAbsent(week, k -> new HashSet<>()).add(day);
            }
        }
        prescribed.forEach((week, p) -> {
            long sessions = 0;
            long minutes = 0;
            for (LocalDate day : weekDays.get(week)) {
                long[] did = done.get(new Key(day, week.exerciseId()));
                if (did != null) {
                    sessions += did[0] > 0 ? 1 : 0;
                    minutes += did[1];
                }
            }
            tally.add(Math.min(sessions, p[0]), p[0], p[1] == 0 ? 0 : Math.min(minutes, p[1]), p[1]);
        });
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private record Key(LocalDate day, long exerciseId) {
    }

    private static final class Tally {
        private double sessionsDone;
        private double sessionsPrescribed;
        private double minutesDone;
        private double minutesPrescribed;

        void add(double sDone, double sPrescribed, double mDone, double mPrescribed) {
            sessionsDone += sDone;
            sessionsPrescribed += sPrescribed;
            minutesDone += mDone;
            minutesPrescribed += mPrescribed;
        }
    }

    /**
     * Adherence over a window; a ratio is empty when nothing was prescribed. The exact figures (a weekly dose makes
     * fractions of a session per day) are what the review flags judge; people read the whole numbers and the share
     * those whole numbers make ({@code ...Shown}), so that "2 of 5" is never shown beside 45%.
     */
    public record Summary(LocalDate from, LocalDate to, double sessionsDone, double sessionsPrescribed,
                          double minutesDone, double minutesPrescribed, int activeDays, int days) implements Serializable {

        public long sessionsDoneShown() {
            return Math.round(sessionsDone);
        }

        public long sessionsPrescribedShown() {
            return Math.round(sessionsPrescribed);
        }

        public long minutesDoneShown() {
            return Math.round(minutesDone);
        }

        public long minutesPrescribedShown() {
            return Math.round(minutesPrescribed);
        }

        /** The share of sessions as shown: the whole sessions done over the whole sessions prescribed. */
        public Optional<Double> sessionShareShown() {
            return share(sessionsDoneShown(), sessionsPrescribedShown());
        }

        public Optional<Double> minutesShareShown() {
            return share(minutesDoneShown(), minutesPrescribedShown());
        }

        private static Optional<Double> share(long done, long prescribed) {
            return prescribed == 0 ? Optional.empty() : Optional.of((double) done / prescribed);
        }

        public Optional<Double> sessionAdherence() {
            return sessionsPrescribed == 0 ? Optional.empty() : Optional.of(sessionsDone / sessionsPrescribed);
        }

        public Optional<Double> minutesAdherence() {
            return minutesPrescribed == 0 ? Optional.empty() : Optional.of(minutesDone / minutesPrescribed);
        }

        public double activeDayShare() {
            return days == 0 ? 0 : (double) activeDays / days;
        }
    }

    /** One prescription's progress on a day (or, for a weekly dose, in that week so far). */
    public record Progress(long exerciseId, Localized exerciseName, Dose dose, long sessionsDone, int sessionsPrescribed,
                           long minutesDone, long minutesPrescribed, boolean weekly) {

        public boolean isDone() {
            return sessionsDone >= sessionsPrescribed;
        }
    }
}
