package clinic.portal.web.api;

import clinic.portal.ejb.token.TokenService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Bearer tokens: get one with HTTP Basic once, then send it instead of the password. */
@Path("v1/tokens")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class TokenResource {

    @Inject
    private TokenService tokens;

    @POST
    public Response issue(@HeaderParam("Authorization") String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Problem.of(Response.Status.FORBIDDEN, "Tokens are issued for a username and password (HTTP Basic) only.")
                    .response();
        }
        TokenService.IssuedToken token = tokens.issue();
        return Response.status(Response.Status.CREATED).entity(token).build();
    }

    @DELETE
    @Path("current")
    public Response revoke(@HeaderParam("Authorization") String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = authorization.substring(7).strip();
            tokens.revoke(token);
        }
        return Response.noContent().build();
    }
}
