package clinic.portal.web.reminder;

import clinic.portal.ejb.reminder.WalkReminders;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** Backs {@code /unsubscribe.xhtml?token=…}: a person confirms that their walk reminders should stop. */
@Named
@ViewScoped
public class StopReminders implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private WalkReminders reminders;

    private String token;
    private Boolean stopped;

    public void stop() {
        stopped = reminders.stop(token);
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
