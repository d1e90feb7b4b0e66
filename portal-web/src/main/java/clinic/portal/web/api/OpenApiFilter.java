package clinic.portal.web.api;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import java.util.Map;

/**
 * Keeps {@code /openapi} to the OpenAPI specification. Payara 6 adds a top-level {@code endpoints} property of its own
 * (the paths of each application); it is not part of the specification, so validators such as Redocly refuse the
 * document. Payara renamed it {@code x-endpoints} in 2026 (payara/Payara pull request 7891), after the newest Payara 6
 * release this portal runs on. Payara runs filters last, after filling the property, and writes nothing for an empty
 * one, so it is emptied here; on a runtime without it this does nothing.
 */
public class OpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        try {
            if (openAPI.getClass().getMethod("getEndpoints").invoke(openAPI) instanceof Map<?, ?> endpoints) {
                endpoints.clear();
            }
        } catch (ReflectiveOperationException | UnsupportedOperationException e) {
            // Not Payara's model, or one without the property: nothing to take out.
        }
    }
}
