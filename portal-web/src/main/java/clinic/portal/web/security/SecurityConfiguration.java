package clinic.portal.web.security;

import clinic.portal.domain.account.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;

/** Declares the portal's roles; the mechanism is {@link PortalAuthentication}, the store {@link AccountIdentityStore}. */
@DeclareRoles({Role.Names.ADMIN, Role.Names.CLINICIAN, Role.Names.PATIENT})
@FacesConfig
@ApplicationScoped
public class SecurityConfiguration {
}
