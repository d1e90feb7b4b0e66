package clinic.portal.web.mail;

import clinic.portal.domain.mail.MailKind;
import clinic.portal.ejb.mail.EmailStops;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * Backs {@code /unsubscribe.xhtml?token=…}: a person confirms that the kind of email the link came in (walk
 * reminders, message notices, the weekly summary, the morning list) should stop. The page names the kind before the
 * press; a link that does not verify says so and offers the account page.
 */
@Named
@ViewScoped
public class StopEmails implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EmailStops stops;

    private String token;
    private MailKind kind;
    private Boolean stopped;

    /** On opening: which kind of email the link stops, if it is good. */
    public void load() {
        kind = stops.kindOf(token).orElse(null);
    }

    public void stop() {
        stopped = stops.stop(token).isPresent();
    }

    /** The kind the link stops, or null for a link that does not work. */
    public MailKind getKind() {
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
