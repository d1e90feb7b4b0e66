package clinic.portal.domain.language;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A language the portal speaks. English is the clinic's base language: the exercise library's own columns are
 * English and a translation may be missing; everything the portal itself says exists in every language (a unit
 * test compares the bundles).
 */
public enum Language {

    ENGLISH(Locale.ENGLISH),
    SPANISH(Locale.forLanguageTag("es"));

    /** The language of the library's own texts, and of anything said to someone whose language is not known. */
    public static final Language BASE = ENGLISH;

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The ISO 639 code, as in {@code lang="es"}. */
    public String code() {
        return locale.getLanguage();
    }

    /** The language of a locale ({@code es-MX} is Spanish), if the portal speaks it. */
    public static Optional<Language> of(Locale locale) {
        return locale == null ? Optional.empty()
                : Arrays.stream(values()).filter(l -> l.code().equals(locale.getLanguage())).findFirst();
    }

    /** The language of a code such as {@code es}, if the portal speaks it. */
    public static Optional<Language> ofCode(String code) {
        return code == null ? Optional.empty() : Arrays.stream(values()).filter(l -> l.code().equals(code)).findFirst();
    }

    /** The language of a locale, or the base language. */
    public static Language orBase(Locale locale) {
        return of(locale).orElse(BASE);
    }
}
