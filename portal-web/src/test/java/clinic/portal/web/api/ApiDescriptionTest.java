package clinic.portal.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The API's contract ({@code META-INF/openapi.yaml}, served as {@code /openapi}) against the code: every JAX-RS
 * resource method is described and every described operation is implemented, and every operation says which errors
 * it gives, each as a problem document. {@code ApiClientIT} then drives the running portal with a client generated
 * from the contract.
 */
class ApiDescriptionTest {

    private static final java.nio.file.Path CONTRACT = java.nio.file.Path.of("src/main/resources/META-INF/openapi.yaml");
    private static final java.nio.file.Path RESOURCES = java.nio.file.Path.of("src/main/java/clinic/portal/web/api");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Test
    void everyResourceMethodIsDescribedAndEveryDescribedOperationIsImplemented() throws Exception {
        assertEquals(implemented(), described());
    }

    @Test
    void everyOperationDescribesItsErrorsAsProblemDocuments() throws IOException {
        JsonNode contract = contract();
        List<String> wrong = new ArrayList<>();
        contract.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            String name = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode responses = op.getValue().get("responses");
            List<String> codes = new ArrayList<>();
            responses.fieldNames().forEachRemaining(codes::add);
            if (codes.stream().noneMatch(c -> c.startsWith("4"))) {
                wrong.add(name + " describes no 4XX answer");
            }
            if (!op.getValue().has("summary") || !op.getValue().has("operationId")) {
                wrong.add(name + " has no summary or operationId");
            }
            for (String code : codes) {
                JsonNode response = resolve(contract, responses.get(code));
                if (code.compareTo("400") >= 0 && !response.path("content").path("application/problem+json")
                        .path("schema").path("$ref").asText().equals("#/components/schemas/Problem")) {
                    wrong.add(name + " " + code + " is not a problem document");
                }
            }
        }));
        assertEquals(List.of(), wrong);
    }

    private static JsonNode resolve(JsonNode contract, JsonNode node) {
        if (!node.has("$ref")) {
            return node;
        }
        JsonNode target = contract;
        for (String part : node.get("$ref").asText().substring(2).split("/")) {
            target = target.get(part);
        }
        return target;
    }

    private static JsonNode contract() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(CONTRACT.toFile());
    }

    private static Set<String> described() throws IOException {
        Set<String> operations = new TreeSet<>();
        contract().get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(m -> {
            if (METHODS.contains(m)) {
                operations.add(m.toUpperCase() + " " + path.getKey());
            }
        }));
        return operations;
    }

    /** Every resource method of the API package, as {@code METHOD /api/...}, read from the classes themselves. */
    private static Set<String> implemented() throws Exception {
        String root = "/" + strip(PortalApi.class.getAnnotation(jakarta.ws.rs.ApplicationPath.class).value());
        Set<String> operations = new TreeSet<>();
        List<String> names;
        try (Stream<java.nio.file.Path> files = Files.list(RESOURCES)) {
            names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".java"))
                    .map(n -> PortalApi.class.getPackageName() + "." + n.replace(".java", "")).toList();
        }
        for (String name : names) {
            Class<?> type = Class.forName(name, false, ApiDescriptionTest.class.getClassLoader());
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                for (var annotation : method.getAnnotations()) {
                    HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                    if (http != null) {
                        Path methodPath = method.getAnnotation(Path.class);
                        operations.add(http.value() + " " + root + "/" + strip(classPath.value())
                                + (methodPath == null ? "" : "/" + strip(methodPath.value())));
                    }
                }
            }
        }
        return operations;
    }

    private static String strip(String path) {
        return path.replaceAll("^/+", "").replaceAll("/+$", "");
    }
}
