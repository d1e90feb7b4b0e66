package clinic.portal.web;

import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The bundles' message patterns, each parsed once per language and copied for each use, as a {@link MessageFormat} is
 * not safe to share between threads: pages write a formatted sentence for every row of a list ("24 Nov 2026 — Walking
 * — 20 minutes", "pain 5 → 3"), and parsing the pattern again for each was, with the number format Java's message
 * format makes for every number it writes, 15% of the history page in a flight recording (docs/scale.md).
 *
 * <p>What is written is what {@code new MessageFormat(pattern, locale).format(arguments)} writes. A number given to a
 * plain argument ({@code {0}}, in a pattern with no {@code {0,choice,…}} or {@code {0,number,…}}) is written by the
 * language's number format, as {@code MessageFormat} does, from one kept per language.
 */
public final class MessageFormats {

    /** Patterns come from the bundles, so there are a few hundred; a page building one from data is not kept. */
    private static final int MAXIMUM_KEPT = 2_000;

    private static final ConcurrentMap<Key, Compiled> FORMATS = new ConcurrentHashMap<>();

    private static final ConcurrentMap<Locale, NumberFormat> NUMBERS = new ConcurrentHashMap<>();

    private MessageFormats() {
    }

    private record Key(String pattern, Locale locale) {
    }

    /** A parsed pattern: copied for each use, as a {@code MessageFormat} is not safe to share between threads. */
    private record Compiled(MessageFormat prototype, boolean plain) {

        static Compiled of(String pattern, Locale locale) {
            MessageFormat format = new MessageFormat(pattern, locale);
            boolean plain = true;
            for (Format element : format.getFormats()) {
                plain &= element == null;
            }
            return new Compiled(format, plain);
        }

        String format(Object[] arguments, Locale locale) {
            if (plain) {
                for (int i = 0; i < arguments.length; i++) {
                    if (arguments[i] instanceof Number number) {
                        arguments[i] = ((NumberFormat) NUMBERS.computeIfAbsent(locale, NumberFormat::getInstance)
                                .clone()).format(number);
                    }
                }
            }
            return ((MessageFormat) prototype.clone()).format(arguments);
        }
    }

    /** The pattern formatted with the arguments in that language, as {@code new MessageFormat(pattern, locale)} would. */
    public static String format(String pattern, Locale locale, Object... arguments) {
        Key key = new Key(pattern, locale);
        Compiled compiled = FORMATS.get(key);
        if (compiled == null) {
            compiled = Compiled.of(pattern, locale);
            if (FORMATS.size() < MAXIMUM_KEPT) {
                FORMATS.putIfAbsent(key, compiled);
            }
        }
        return compiled.format(arguments.clone(), locale);
    }
}
