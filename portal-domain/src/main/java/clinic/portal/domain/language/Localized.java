package clinic.portal.domain.language;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A text the clinic wrote in its base language, with the translations it has: an exercise's name or instructions.
 * {@link #in(Locale)} gives the text for a reader, the base text where a translation is missing; {@link #toString()}
 * is the base text, for logs and the audit trail.
 */
public final class Localized implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String base;
    private final EnumMap<Language, String> translations;

    private Localized(String base, Map<Language, String> translations) {
        this.base = base;
        this.translations = new EnumMap<>(Language.class);
        translations.forEach((language, text) -> {
            if (language != Language.BASE && text != null && !text.isBlank()) {
                this.translations.put(language, text);
            }
        });
    }

    public static Localized of(String base, Map<Language, String> translations) {
        return new Localized(base, translations);
    }

    /** A text that is the same in every language, such as what a patient typed. */
    public static Localized as(String text) {
        return new Localized(text, Map.of());
    }

    public String in(Locale locale) {
        return in(Language.orBase(locale));
    }

    public String in(Language language) {
        return translations.getOrDefault(language, base);
    }

    public String base() {
        return base;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Localized l && Objects.equals(base, l.base) && translations.equals(l.translations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(base, translations);
    }

    @Override
    public String toString() {
        return base;
    }
}
