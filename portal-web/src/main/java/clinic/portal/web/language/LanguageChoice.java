package clinic.portal.web.language;

import clinic.portal.domain.language.Language;
import clinic.portal.web.security.PortalCookies;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.omnifaces.util.Servlets;

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
 * A choice made before signing in is kept in a cookie until the browser closes or the person signs out, not in an
 * HTTP session: a visitor who has not signed in costs the server no memory. It is kept on the account at sign-in if
 * the account has none yet; a choice made while signed in is kept on the account at once, so it follows the person to
 * every browser and into their emails.
 */
@Named("language")
@RequestScoped
public class LanguageChoice {

    /** The cookie of a language chosen in this browser. */
    public static final String COOKIE = "portal-language";

    @Inject
    private AccountLanguage account;

    @Inject
    private PortalCookies cookies;

    /** This request's language, once worked out. */
    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            String user = username();
            Language browsers = Language.ofCode(Servlets.getRequestCookie(request(), COOKIE)).orElse(null);
            Language chosen = user == null ? browsers : account.of(user, browsers);
            FacesContext context = FacesContext.getCurrentInstance();
            locale = chosen != null ? chosen.locale() : context.getApplication().getViewHandler().calculateLocale(context);
        }
        return locale;
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
        Objects.requireNonNull(language);
        String user = username();
        if (user != null) {
            account.speak(user, language);
        }
        HttpServletResponse response = (HttpServletResponse) external().getResponse();
        response.addCookie(cookies.create(request(), COOKIE, language.code(), -1));
        locale = language.locale();
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    /** Forgets this browser's choice (signing out: the next person to sign in here starts from their own). */
    public void forget(HttpServletRequest request, HttpServletResponse response) {
        if (Servlets.getRequestCookie(request, COOKIE) != null) {
            response.addCookie(cookies.create(request, COOKIE, "", 0));
        }
    }

    /** The signed-in person, from the request. */
    private String username() {
        Principal caller = external().getUserPrincipal();
        return caller == null ? null : caller.getName();
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) external().getRequest();
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
