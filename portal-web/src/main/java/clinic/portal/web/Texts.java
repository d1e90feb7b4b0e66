package clinic.portal.web;

import jakarta.faces.context.FacesContext;
import org.omnifaces.util.Faces;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Sentences from the portal's resource bundle, in the page's language (English outside a page). */
public final class Texts {

    public static final String BUNDLE = "clinic.portal.web.i18n.messages";

    private Texts() {
    }

    public static String get(String key, Object... arguments) {
        Locale locale = FacesContext.getCurrentInstance() != null ? Faces.getLocale() : Locale.ENGLISH;
        return get(locale, key, arguments);
    }

    public static String get(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
