package clinic.portal.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** Every API call needs a signed-in caller; without one the answer is 401 before any resource runs. */
@Provider
public class RequireAuthentication implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() == null) {
            Response problem = Problem.ofKey(Response.Status.UNAUTHORIZED, "api.unauthorized").response();
            request.abortWith(Response.fromResponse(problem).header("WWW-Authenticate", "Bearer realm=\"clinic-portal\"").build());
        }
    }
}
