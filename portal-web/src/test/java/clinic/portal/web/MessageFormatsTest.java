package clinic.portal.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link MessageFormats} write what a new {@code MessageFormat} writes, for every pattern of the pages'
 * bundles, in every language, with numbers, fractions and texts as arguments.
 */
class MessageFormatsTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    private static final List<Object> SAMPLES = List.of(0L, 1L, 2L, 1_234L, 5.5, 0.25, "Walking", -3);

    @Test
    void everyPatternOfTheBundlesIsWrittenAsMessageFormatWritesIt() throws IOException {
        int compared = 0;
        for (String language : List.of("", "_en", "_es")) {
            Locale locale = language.isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(language.substring(1));
            for (String pattern : patterns("/clinic/portal/web/i18n/messages" + language + ".properties")) {
                int arguments = argumentCount(pattern);
                for (Object sample : SAMPLES) {
                    Object[] values = new Object[arguments];
                    for (int i = 0; i < arguments; i++) {
                        values[i] = i % 2 == 0 ? sample : SAMPLES.get((SAMPLES.indexOf(sample) + i) % SAMPLES.size());
                    }
                    assertEquals(expected(pattern, locale, values), actual(pattern, locale, values),
                            () -> pattern + " in " + locale + " with " + List.of(values));
                    compared++;
                }
            }
        }
        assertTrue(compared > 300, "the bundles' patterns were read: " + compared);
    }

    @Test
    void numbersAreWrittenInTheLanguageOfThePage() {
        assertEquals("1,234 of 2,000.5", MessageFormats.format("{0} of {1}", Locale.ENGLISH, 1_234L, 2_000.5));
        assertEquals("1.234 de 2.000,5", MessageFormats.format("{0} de {1}", Locale.forLanguageTag("es"), 1_234L, 2_000.5));
        assertEquals("2 sessions, 1 minute",
                MessageFormats.format("{0,choice,1#1 session|1<{0} sessions}, {1,choice,1#1 minute|1<{1} minutes}",
                        Locale.ENGLISH, 2, 1));
    }

    @Test
    void theArgumentsGivenAreLeftAsTheyWere() {
        Object[] arguments = {1_234L, "Walking"};
        MessageFormats.format("{1}: {0}", Locale.ENGLISH, arguments);
        assertEquals(1_234L, arguments[0]);
    }

    @Test
    void oneKeptFormatServesManyThreadsAtOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                results.add(threads.submit(() -> {
                    for (int i = 0; i < 20_000; i++) {
                        long number = offset * 1_000_000L + i;
                        String text = MessageFormats.format("{0} — {1} minutes ({2,choice,0#none|1#one|1<{2} sets})",
                                Locale.ENGLISH, "Walking", number, i % 3);
                        if (!text.equals(new MessageFormat("{0} — {1} minutes ({2,choice,0#none|1#one|1<{2} sets})",
                                Locale.ENGLISH).format(new Object[] {"Walking", number, i % 3}))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static String expected(String pattern, Locale locale, Object[] values) {
        try {
            return new MessageFormat(pattern, locale).format(values.clone());
        } catch (IllegalArgumentException e) {
            return "refused: " + e.getClass().getSimpleName();
        }
    }

    private static String actual(String pattern, Locale locale, Object[] values) {
        try {
            return MessageFormats.format(pattern, locale, values);
        } catch (IllegalArgumentException e) {
            return "refused: " + e.getClass().getSimpleName();
        }
    }

    private static int argumentCount(String pattern) {
        int highest = -1;
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
        }
        return highest + 1;
    }

    private static List<String> patterns(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageFormatsTest.class.getResourceAsStream(bundle)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> patterns = new ArrayList<>();
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key);
            if (ARGUMENT.matcher(value).find()) {
                patterns.add(value);
            }
        }
        return patterns;
    }
}
