package clinic.portal.web.login;

import clinic.portal.web.security.Homes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.omnifaces.util.Faces;

import java.io.IOException;

/** Backs {@code /index.xhtml}: the portal's front door sends each visitor to their home, or to sign in. */
@Named
@RequestScoped
public class Landing {

    public void redirect() throws IOException {
        HttpServletRequest request = Faces.getRequest();
        Faces.redirect(request.getContextPath() + Homes.of(request));
    }
}
