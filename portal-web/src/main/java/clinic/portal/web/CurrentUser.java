package clinic.portal.web;

import clinic.portal.domain.account.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;

/** Who is signed in, for the page template's navigation. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext securityContext;

    public boolean isSignedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public String getUsername() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    public boolean isAdmin() {
        return securityContext.isCallerInRole(Role.Names.ADMIN);
    }

    public boolean isClinician() {
        return securityContext.isCallerInRole(Role.Names.CLINICIAN);
    }

    public boolean isPatient() {
        return securityContext.isCallerInRole(Role.Names.PATIENT);
    }
}
