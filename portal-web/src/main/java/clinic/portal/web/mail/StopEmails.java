package clinic.portal.web.mail;

import clinic.portal.domain.mail.MailKind;
import clinic.portal.ejb.mail.EmailStops;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;

/**
 * Backs {@code /unsubscribe.xhtml?token=…}: a person confirms that the kind of email the link came in (walk
 * reminders, message notices, the weekly summary, the morning list) should stop. The page names the kind before the
 * press; a link that does not verify says so and offers the account page. A stateless page (see
 * {@link clinic.portal.web.security.StatelessPages}).
 */
@Named
@RequestScoped
public class StopEmails {

    @Inject
    private EmailStops stops;

    /** From the address, on opening and on posting (the form posts to the address it was opened at). */
    @Inject
    @Param
    private String token;

    private MailKind kind;
    private boolean kindRead;
    private Boolean stopped;

    public void stop() {
        stopped = stops.stop(token).isPresent();
    }

    /** The kind the link stops, or null for a link that does not work (read once a request, before any stop). */
    public MailKind getKind() {
        if (!kindRead) {
            kind = stops.kindOf(token).orElse(null);
            kindRead = true;
        }
        return kind;
    }

    /** Null until the button is pressed; then whether the link was good. */
    public Boolean getStopped() {
        return stopped;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
