package clinic.portal.web.i18n;

import clinic.portal.domain.language.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Every text the portal says exists in every language it speaks, with the same places to fill in: a key missing in
 * one bundle would show the base language (or the key) in the middle of a page, an email or a validation message, and
 * a place missing in a translation would drop a figure or a name. Pages name their keys literally
 * ({@code i18n['record.when']}), and every such key must exist.
 */
class BundlesTest {

    private static final Pattern PLACE = Pattern.compile("\\{(\\d+|min|max)[,}]");
    private static final Pattern PAGE_KEY = Pattern.compile("i18n\\['([A-Za-z0-9_.]+)'\\]");

    @ParameterizedTest
    @ValueSource(strings = {"clinic/portal/web/i18n/messages", "clinic/portal/web/i18n/faces",
            "clinic/portal/ejb/mail/MailTexts", "ValidationMessages"})
    void everyLanguageHasEveryTextWithTheSamePlaces(String bundle) {
        Properties base = load(bundle + ".properties");
        for (Language language : Language.values()) {
            if (language == Language.BASE) {
                continue;
            }
            Properties translated = load(bundle + "_" + language.code() + ".properties");
            assertEquals(new TreeSet<>(base.stringPropertyNames()), new TreeSet<>(translated.stringPropertyNames()),
                    bundle + ": the keys of " + language + " differ from the base language's");
            List<String> wrongPlaces = new ArrayList<>();
            for (String key : base.stringPropertyNames()) {
                if (!places(base.getProperty(key)).equals(places(translated.getProperty(key)))) {
                    wrongPlaces.add(key + ": " + places(base.getProperty(key)) + " but "
                            + places(translated.getProperty(key)));
                }
            }
            assertEquals(List.of(), wrongPlaces, bundle + ": places to fill in differ in " + language);
        }
    }

    @Test
    void everyKeyAPageNamesExists() throws IOException {
        Properties messages = load("clinic/portal/web/i18n/messages.properties");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher key = PAGE_KEY.matcher(Files.readString(page));
                while (key.find()) {
                    if (!messages.containsKey(key.group(1))) {
                        missing.add(key.group(1) + " in " + page);
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    private static Set<String> places(String text) {
        Set<String> places = new TreeSet<>();
        Matcher place = PLACE.matcher(text);
        while (place.find()) {
            places.add(place.group(1));
        }
        return places;
    }

    private static Properties load(String resource) {
        try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is missing");
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
