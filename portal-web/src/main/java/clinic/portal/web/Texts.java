package clinic.portal.web;

import clinic.portal.domain.language.Localized;
import jakarta.faces.context.FacesContext;
import org.omnifaces.util.Faces;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Sentences from the portal's resource bundle, in the page's language (English outside a page); an argument that is
 * written per language ({@link Localized}, such as an exercise's name) is given in that language too.
 */
public final class Texts {

    public static final String BUNDLE = "clinic.portal.web.i18n.messages";

    /** Never the server's default locale: a language the portal lacks falls back to the base bundle, English. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Texts() {
    }

    public static String get(String key, Object... arguments) {
        return get(locale(), key, arguments);
    }

    /** The page's language; English outside a page (the API, background work). */
    public static Locale locale() {
        return FacesContext.getCurrentInstance() != null ? Faces.getLocale() : Locale.ENGLISH;
    }

    public static String get(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] values = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            values[i] = arguments[i] instanceof Localized text ? text.in(locale) : arguments[i];
        }
        return MessageFormats.format(pattern, locale, values);
    }
}
