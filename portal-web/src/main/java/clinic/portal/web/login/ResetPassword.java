package clinic.portal.web.login;

import clinic.portal.ejb.account.PasswordResets;
import clinic.portal.web.security.Homes;
import clinic.portal.web.security.SignedInSessions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;

/**
 * Backs {@code /reset.xhtml?token=…}: the emailed link. A link that no longer works says so at once and offers a new
 * one; a new password ends every signed-in session of the account (the service ends its devices and tokens), and the
 * person signs in with it. A stateless page (see {@link clinic.portal.web.security.StatelessPages}).
 */
@Named
@RequestScoped
public class ResetPassword {

    @Inject
    private PasswordResets resets;

    @Inject
    private SignedInSessions signedIn;

    /** From the address, on opening and on posting (the form posts to the address it was opened at). */
    @Inject
    @Param
    private String token;

    private Boolean usable;
    private String newPassword;
    private String confirmation;

    public boolean isUsable() {
        if (usable == null) {
            usable = resets.isUsable(token);
        }
        return usable;
    }

    public void submit() throws IOException {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            Messages.addError("form:confirmation", "password.confirmation.mismatch");
            return;
        }
        String username = resets.redeem(token, newPassword);
        signedIn.endAll(username, null);
        Messages.addFlashGlobalInfo("reset.done");
        Faces.redirect(Faces.getRequestContextPath() + Homes.LOGIN);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
