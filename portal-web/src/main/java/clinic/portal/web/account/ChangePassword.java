package clinic.portal.web.account;

import clinic.portal.domain.account.PasswordPolicy;
import clinic.portal.ejb.account.AccountService;
import clinic.portal.web.security.Homes;
import clinic.portal.web.security.PasswordChangeFilter;
import clinic.portal.web.security.PortalAuthentication;
import clinic.portal.web.security.SignedInSessions;
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
    private PortalAuthentication authentication;

    @Inject
    private AccountService accounts;

    @Inject
    private SignedInSessions signedIn;

    private String currentPassword;
    @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH, message = "{password.size}")
    private String newPassword;
    private String confirmation;

    /**
     * "Sign out everywhere": ends every session of the caller (this one too), every remembered device and every API
     * token, and shows the sign-in page.
     */
    public void signOutEverywhere() throws IOException {
        String username = accounts.signOutEverywhere();
        signedIn.endAll(username, null);
        authentication.forgetCookie(Faces.getRequest(), Faces.getResponse());
        Messages.addFlashGlobalInfo("account.signedOutEverywhere");
        Faces.redirect(Faces.getRequestContextPath() + Homes.LOGIN);
    }

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
        signedIn.endAll(Faces.getRemoteUser(), Faces.getSession());
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
