package clinic.portal.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The JSON API's root: {@code /api}, with version 1 of every resource under {@code /api/v1}.
 * <p>
 * The API's contract is {@code META-INF/openapi.yaml}, served as {@code /openapi} (MicroProfile OpenAPI's static
 * file, with annotation scanning off, so that nothing but the API is described). The build generates a client from
 * it and drives the running portal with that client ({@code ApiClientIT}), and every resource method must be in it
 * ({@code ApiDescriptionTest}): the description cannot drift from the code unnoticed.
 */
@ApplicationPath("/api")
public class PortalApi extends Application {
}
