package clinic.portal.web.account;

import clinic.portal.domain.account.PasswordPolicy;
import clinic.portal.ejb.account.AccountService;
import clinic.portal.web.security.Homes;
import clinic.portal.web.security.PasswordChangeFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.Size;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;

/**
 * Backs {@code /account/password.xhtml}: anyone changes their own password here, and someone with a
 * temporary password must, before anything else.
 */
@Named
@RequestScoped
public class ChangePassword {

    @Inject
    private AccountService accounts;

    private String currentPassword;
    @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH, message = "{password.size}")
    private String newPassword;
    private String confirmation;

    public boolean isRequired() {
        HttpSession session = Faces.getSession(false);
        return session != null && PasswordChangeFilter.isRequired(session);
    }

    public void submit() throws IOException {
        if (!newPassword.equals(confirmation)) {
            Messages.addError("form:confirmation", "password.confirmation.mismatch");
            return;
        }
        accounts.changeOwnPassword(currentPassword, newPassword);
        PasswordChangeFilter.done(Faces.getSession());
        Messages.addFlashGlobalInfo("password.changed");
        HttpServletRequest request = Faces.getRequest();
        Faces.redirect(request.getContextPath() + Homes.of(request));
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
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
