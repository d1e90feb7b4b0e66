package clinic.portal.web.language;

import clinic.portal.domain.language.Language;
import clinic.portal.ejb.account.LanguageSettings;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The language of every page ({@code <f:view locale>} in the layout): the one chosen with the language buttons at
 * the foot of each page, else the one kept on the signed-in person's account, else the browser's
 * ({@code Accept-Language} among the supported locales of {@code faces-config.xml}).
 * <p>
 * A choice made before signing in is kept on the account at sign-in if the account has none yet; a choice made
 * while signed in is kept on the account at once, so it follows the person to every browser and into their emails.
 */
@Named("language")
@SessionScoped
public class LanguageChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LanguageSettings settings;

    private Language chosen;

    /** Whose account the choice was last read from or written to; another sign-in reads it again. */
    private String settledFor;

    public Locale getLocale() {
        settle();
        if (chosen != null) {
            return chosen.locale();
        }
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getViewHandler().calculateLocale(context);
    }

    /** The language of the page, as the buttons compare it. */
    public Language getCurrent() {
        return Language.orBase(getLocale());
    }

    public List<Language> getLanguages() {
        return Arrays.asList(Language.values());
    }

    /** Chooses a language and shows the same page again in it (with its parameters, after a redirect). */
    public String choose(Language language) {
        chosen = Objects.requireNonNull(language);
        String user = username();
        if (user != null) {
            settings.speak(language);
            settledFor = user;
        }
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    private void settle() {
        String user = username();
        if (user == null || user.equals(settledFor)) {
            return;
        }
        settledFor = user;
        Language kept = settings.mine().orElse(null);
        if (kept != null) {
            chosen = kept;
        } else if (chosen != null) {
            settings.speak(chosen);
        }
    }

    /** The signed-in person, from the request (a session bean keeps nothing it cannot carry to another node). */
    private String username() {
        FacesContext context = FacesContext.getCurrentInstance();
        Principal caller = context == null ? null : context.getExternalContext().getUserPrincipal();
        return caller == null ? null : caller.getName();
    }
}
