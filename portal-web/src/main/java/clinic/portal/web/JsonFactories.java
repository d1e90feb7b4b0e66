package clinic.portal.web;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonReaderFactory;

import java.util.Map;

/**
 * The JSON-P factories the portal builds and reads JSON with, looked up once: each {@code Json.create…} call looks the
 * JSON provider up again through the class loaders (a service-loader scan of the application's jars), which was about
 * 4% of the clinician's patient page in a profile (docs/scale.md) and is paid on every problem document and refused
 * sign-in too. The factories are thread-safe.
 */
public final class JsonFactories {

    /** Object and array builders with the default configuration. */
    public static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());

    /** Readers with the default configuration. */
    public static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private JsonFactories() {
    }
}
