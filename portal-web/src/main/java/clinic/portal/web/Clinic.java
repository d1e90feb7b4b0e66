package clinic.portal.web;

import clinic.portal.ejb.clinic.ClinicCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The clinic's settings that pages need, such as the time zone in which times are shown. */
@Named
@ApplicationScoped
public class Clinic {

    @Inject
    private ClinicCalendar calendar;

    private static final ConcurrentMap<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

    private static final ConcurrentMap<String, NumberFormat> NUMBERS = new ConcurrentHashMap<>();

    public ZoneId getZone() {
        return calendar.zone();
    }

    public TimeZone getTimeZone() {
        return TimeZone.getTimeZone(calendar.zone());
    }

    /** A date as people read it in the clinic's language ("24 Nov 2026"). */
    public String format(LocalDate date) {
        return formatDate(date, Faces.getLocale());
    }

    /** {@link #format(LocalDate)} in the language given, for what writes a page outside an expression. */
    public static String formatDate(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return formatter("format.date", locale).format(date);
    }

    /** A moment as people read it on the clinic's wall clock ("24 Nov 2026, 14:05"). */
    public String dateTime(OffsetDateTime time) {
        if (time == null) {
            return "";
        }
        return formatter("format.dateTime", Faces.getLocale()).format(time.atZoneSameInstant(calendar.zone()));
    }

    /**
     * The page's language's formatter of that pattern in the bundle, made once per language: the history page formats
     * about a hundred dates, and parsing the pattern each time was 1.5% of it (docs/scale.md).
     */
    private static DateTimeFormatter formatter(String key, Locale locale) {
        return FORMATTERS.computeIfAbsent(key + '|' + locale.toLanguageTag(),
                k -> DateTimeFormatter.ofPattern(Texts.get(locale, key), locale));
    }

    /**
     * A share as a whole percentage in the page's language ("45%", "45 %"), rounded half up, or a dash when nothing
     * was prescribed: the one way every page shows adherence.
     */
    public String percent(Optional<Double> share) {
        return formatPercent(share, Texts.locale());
    }

    /** {@link #percent} in the language given, for what is written outside a page (the PDF report). */
    public static String formatPercent(Optional<Double> share, Locale locale) {
        if (share == null || share.isEmpty()) {
            return "—";
        }
        return numberFormat(locale, -1).format(share.get());
    }

    /**
     * A score or a difference as people read it in the page's language, to one decimal when it has any ("4", "5.7",
     * "5,7"); a difference signed ("+2", "−1.5") when asked.
     */
    public String score(double value, boolean signed) {
        return formatScore(value, signed, Texts.locale());
    }

    /** {@link #score} in the language given, for what is written outside a page (the PDF report). */
    public static String formatScore(double value, boolean signed, Locale locale) {
        String number = numberFormat(locale, 1).format(Math.abs(value));
        boolean zero = "0".equals(number);
        String sign = value < 0 && !zero ? "−" : signed && value > 0 && !zero ? "+" : "";
        return sign + number;
    }

    /**
     * A figure as people read it in the page's language, to at most that many decimals, rounded half up as
     * {@link #score} is ("4.3", "4,3", "1,234"), or nothing when there is none (a day without a pain score).
     */
    public String number(Double value, int fractionDigits) {
        return value == null ? "" : numberFormat(Texts.locale(), fractionDigits).format(value);
    }

    /**
     * A number format of the language, rounding half up to at most that many decimals (a percentage's format for
     * {@code -1}), copied from one kept per language: a format is not safe to share between threads, and making one
     * anew reads the language's patterns and symbols again, for every figure of a table's rows.
     */
    private static NumberFormat numberFormat(Locale locale, int fractionDigits) {
        return (NumberFormat) NUMBERS.computeIfAbsent(locale.toLanguageTag() + '|' + fractionDigits, key -> {
            NumberFormat format = fractionDigits < 0 ? NumberFormat.getPercentInstance(locale)
                    : NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(Math.max(fractionDigits, 0));
            format.setRoundingMode(RoundingMode.HALF_UP);
            return format;
        }).clone();
    }

    public LocalDate getToday() {
        return calendar.today();
    }
}
