package clinic.portal.web.login;

import clinic.portal.ejb.account.RememberedDevices;
import clinic.portal.web.language.LanguageChoice;
import clinic.portal.web.security.Homes;
import clinic.portal.web.security.PortalAuthentication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;

/**
 * Signs the caller out and ends their session, and forgets this device if they had chosen to stay signed in on it;
 * the login page then says so.
 */
@Named
@RequestScoped
public class SignOut {

    @Inject
    private PortalAuthentication authentication;

    @Inject
    private RememberedDevices devices;

    @Inject
    private LanguageChoice language;

    public void submit() throws ServletException, IOException {
        HttpServletRequest request = Faces.getRequest();
        String remembered = Faces.getRequestCookie(PortalAuthentication.REMEMBER_ME);
        if (remembered != null) {
            devices.forget(remembered);
            authentication.forgetCookie(request, Faces.getResponse());
        }
        language.forget(request, Faces.getResponse());
        Faces.logout();
        Faces.invalidateSession();
        Messages.addFlashGlobalInfo("signout.done");
        Faces.redirect(Faces.getRequestContextPath() + Homes.LOGIN);
    }
}
