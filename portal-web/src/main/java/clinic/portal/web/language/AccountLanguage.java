package clinic.portal.web.language;

import clinic.portal.domain.language.Language;
import clinic.portal.ejb.account.LanguageSettings;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;

import java.io.Serializable;

/**
 * The language kept on the signed-in person's account, read once per sign-in and held in their session (which a
 * signed-in person has anyway), so that pages do not read it from the database each time. It keeps nothing another
 * node could not carry: a username and a language.
 */
@SessionScoped
class AccountLanguage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LanguageSettings settings;

    /** Whose account {@link #kept} was read from or written to; another sign-in in the session reads it again. */
    private String settledFor;

    private Language kept;

    /**
     * The account's language; when it has none, the one chosen in the browser before signing in is kept on it.
     *
     * @param chosenBefore the language chosen in this browser, or {@code null}
     */
    Language of(String username, Language chosenBefore) {
        if (!username.equals(settledFor)) {
            settledFor = username;
            kept = settings.mine().orElse(null);
            if (kept == null && chosenBefore != null) {
                settings.speak(chosenBefore);
                kept = chosenBefore;
            }
        }
        return kept;
    }

    /** Keeps a language chosen while signed in on the account. */
    void speak(String username, Language language) {
        settings.speak(language);
        settledFor = username;
        kept = language;
    }
}
