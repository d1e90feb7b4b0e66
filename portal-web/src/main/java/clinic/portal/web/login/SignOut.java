package clinic.portal.web.login;

import clinic.portal.web.security.Homes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;

/** Signs the caller out and ends their session; the login page then says so. */
@Named
@RequestScoped
public class SignOut {

    public void submit() throws ServletException, IOException {
        Faces.logout();
        Faces.invalidateSession();
        Messages.addFlashGlobalInfo("signout.done");
        Faces.redirect(Faces.getRequestContextPath() + Homes.LOGIN);
    }
}
