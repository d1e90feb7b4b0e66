package clinic.portal.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The JSON API's root: {@code /api}, with version 1 of every resource under {@code /api/v1}. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Clinic Portal API", version = "1",
        description = "For a patient's app or step counter. Authenticate with a Bearer token from POST /api/v1/tokens, "
                + "the one call that takes HTTP Basic (the portal username and password)."),
        security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class PortalApi extends Application {
}
