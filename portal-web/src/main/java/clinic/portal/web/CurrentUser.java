package clinic.portal.web;

import clinic.portal.domain.account.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;

import java.security.Principal;
import java.util.HashMap;
import java.util.Map;

/**
 * Who is signed in, for the page template's navigation. Each answer is asked of the security context once per request
 * and kept: the navigation asks who the caller is about twenty times a page, and each role question is a JACC policy
 * check (6% of the patient's today page in a flight recording, docs/scale.md). Roles are asked of the request, as
 * {@code Homes} does: the security context's {@code isCallerInRole} asks the web container and then, for a role the
 * caller does not have, the EJB container too (an EJB context lookup per question, 1% of the clinician's record
 * overview), and only the web's answer counts for a page. A request that signs in or out redirects, so no page is
 * rendered with an answer from before the change.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private HttpServletRequest request;

    private Principal principal;

    private boolean principalAsked;

    private final Map<String, Boolean> roles = new HashMap<>(4);

    public boolean isSignedIn() {
        return principal() != null;
    }

    public String getUsername() {
        Principal caller = principal();
        return caller == null ? null : caller.getName();
    }

    public boolean isAdmin() {
        return inRole(Role.Names.ADMIN);
    }

    public boolean isClinician() {
        return inRole(Role.Names.CLINICIAN);
    }

    public boolean isPatient() {
        return inRole(Role.Names.PATIENT);
    }

    private Principal principal() {
        if (!principalAsked) {
            principal = securityContext.getCallerPrincipal();
            principalAsked = true;
        }
        return principal;
    }

    private boolean inRole(String role) {
        return roles.computeIfAbsent(role, request::isUserInRole);
    }
}
