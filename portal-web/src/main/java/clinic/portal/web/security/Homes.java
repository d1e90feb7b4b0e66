package clinic.portal.web.security;

import clinic.portal.domain.account.Role;
import jakarta.servlet.http.HttpServletRequest;

/** Where each role lands after signing in. */
public final class Homes {

    public static final String LOGIN = "/login.xhtml";
    public static final String CHANGE_PASSWORD = "/account/password.xhtml";

    private Homes() {
    }

    public static String of(Role role) {
        return switch (role) {
            case ADMIN -> "/admin/index.xhtml";
            case CLINICIAN -> "/clinician/index.xhtml";
            case PATIENT -> "/patient/index.xhtml";
        };
    }

    /**
     * Whether a page (its path within the portal) is one this role may open, so that signing in never sends someone
     * to another role's page that an earlier visitor of the same browser had asked for.
     */
    public static boolean opens(Role role, String path) {
        for (Role other : Role.values()) {
            if (other != role && path.startsWith("/" + other.name().toLowerCase(java.util.Locale.ROOT) + "/")) {
                return false;
            }
        }
        return path.startsWith("/") && !path.startsWith("//");
    }

    /** The home of the signed-in caller, or the login page for a visitor. */
    public static String of(HttpServletRequest request) {
        for (Role role : Role.values()) {
            if (request.isUserInRole(role.name())) {
                return of(role);
            }
        }
        return LOGIN;
    }
}
