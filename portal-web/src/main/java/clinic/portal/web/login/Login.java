package clinic.portal.web.login;

import clinic.portal.domain.account.Account;
import clinic.portal.ejb.account.RememberedDevices;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.account.SignInResult;
import clinic.portal.web.security.Homes;
import clinic.portal.web.security.PasswordChangeFilter;
import clinic.portal.web.security.ReturnTo;
import clinic.portal.web.security.SignInAttempt;
import clinic.portal.web.security.SignedInSessions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * Backs {@code /login.xhtml}: hands the credentials to Jakarta Security and sends the person on.
 * <p>
 * The session id is renewed before the credentials are checked, so an id planted before sign-in is worth
 * nothing after it. A wrong username and a wrong password read the same. After signing in, a person goes back
 * to the page they had asked for, or else to their role's home.
 */
@Named
@RequestScoped
public class Login {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private SignInAttempt attempt;

    @Inject
    private RememberedDevices devices;

    @Inject
    private SignedInSessions signedIn;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private ReturnTo returnTo;

    private String username;

    private String password;

    private boolean expired;

    private boolean keepSignedIn;

    /** Someone already signed in who opens the login page goes home instead. */
    public void redirectIfSignedIn() throws IOException {
        HttpServletRequest request = Faces.getRequest();
        if (request.getUserPrincipal() != null) {
            Faces.redirect(request.getContextPath() + Homes.of(request));
        }
    }

    public void submit() throws IOException {
        HttpServletRequest request = Faces.getRequest();
        HttpServletResponse response = Faces.getResponse();
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(request, response, withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password)))
                .newAuthentication(true)
                .rememberMe(keepSignedIn));
        password = null;
        SignInResult result = attempt.result().orElse(null);
        if (result == null || !result.signedIn()) {
            if (result != null && result.outcome() == SignInResult.Outcome.THROTTLED) {
                Messages.addGlobalError("signin.throttled", result.retryAfterSeconds());
            } else {
                Messages.addGlobalError(failureKey(result));
            }
            return;
        }
        if (status != AuthenticationStatus.SUCCESS) {
            Messages.addGlobalError("signin.failed");
            return;
        }
        HttpSession session = request.getSession();
        signedIn.register(result.username(), result.role(), session);
        Account.FailuresSinceSignIn failures = result.failuresSinceLast();
        if (failures.count() > 0) {
            Messages.addFlashGlobalWarn("signin.failuresSinceLast", failures.count(), failures.last()
                    .atZoneSameInstant(calendar.zone()).format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG,
                            FormatStyle.SHORT).withLocale(Faces.getLocale())));
        }
        Optional<String> asked = returnTo.take(request, response, result.role());
        if (result.passwordChangeRequired()) {
            PasswordChangeFilter.require(session);
            Faces.redirect(request.getContextPath() + Homes.CHANGE_PASSWORD);
        } else {
            Faces.redirect(request.getContextPath() + asked.orElse(Homes.of(result.role())));
        }
    }

    private static String failureKey(SignInResult result) {
        if (result == null) {
            return "signin.failed";
        }
        return switch (result.outcome()) {
            case BUSY -> "signin.busy";
            case DISABLED -> "signin.disabled";
            default -> "signin.failed";
        };
    }

    /** Whether the person was sent here because their session ended while they were using a page. */
    public boolean isExpired() {
        return expired;
    }

    public void setExpired(boolean expired) {
        this.expired = expired;
    }

    /** "Keep me signed in on this device": for a patient, a remembered device (see RememberedDevices). */
    public boolean isKeepSignedIn() {
        return keepSignedIn;
    }

    public void setKeepSignedIn(boolean keepSignedIn) {
        this.keepSignedIn = keepSignedIn;
    }

    public long getKeepDays() {
        return devices.lifetime().toDays();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
