package clinic.portal.web.api;

import clinic.portal.web.JsonFactories;
import jakarta.annotation.Priority;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the API's request bodies strictly. JSON-B alone coerces: {@code "painBefore": 1.5} became 1, {@code [1]} a
 * number, {@code true} the text "true". Here the body is parsed first (malformed JSON is refused saying where it
 * broke), every property is checked against the type of the field it fills (whole numbers, text, true/false, dates
 * and date-times in ISO 8601, lists of known names), properties the resource does not know are refused, and only a
 * body that passes is bound by JSON-B. A refusal is a problem document that names each field and what it expects.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
@Priority(Priorities.USER - 100)
public class StrictJson implements MessageBodyReader<Object> {

    /** Larger bodies are refused unread: a session is a few hundred bytes. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.getName().startsWith("clinic.portal.") && !type.isInterface();
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw refused(Problem.ofKey(Response.Status.BAD_REQUEST, "api.json.tooLarge", MAX_BODY_BYTES));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        JsonValue value;
        try (var reader = JsonFactories.READERS.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw refused(at == null
                    ? Problem.ofKey(Response.Status.BAD_REQUEST, "api.json.malformed.somewhere")
                    : Problem.ofKey(Response.Status.BAD_REQUEST, "api.json.malformed", at.getLineNumber(),
                    at.getColumnNumber()));
        } catch (jakarta.json.JsonException e) {
            throw refused(Problem.ofKey(Response.Status.BAD_REQUEST, "api.json.malformed.somewhere"));
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw refused(Problem.ofKey(Response.Status.BAD_REQUEST, "api.json.object"));
        }
        Map<String, String> wrong = wrongFields(value.asJsonObject(), type);
        if (!wrong.isEmpty()) {
            Problem problem = Problem.ofKey(Response.Status.BAD_REQUEST, "api.invalid");
            wrong.forEach(problem::field);
            throw refused(problem);
        }
        return JSONB.fromJson(text, genericType);
    }

    /** Each property of the object whose value cannot fill its field, with what the field expects. */
    static Map<String, String> wrongFields(JsonObject object, Class<?> type) {
        Map<String, String> wrong = new LinkedHashMap<>();
        object.forEach((name, value) -> {
            Optional<Field> field = fieldOf(type, name);
            if (field.isEmpty()) {
                wrong.put(name, Problem.text("api.json.unknown"));
            } else if (value.getValueType() != JsonValue.ValueType.NULL) {
                expectation(field.get().getGenericType(), value).ifPresent(key -> wrong.put(name, Problem.text(key)));
            }
        });
        return wrong;
    }

    /** The message key of what the type expects when the value cannot be it; empty when it can. */
    private static Optional<String> expectation(Type type, JsonValue value) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            boolean whole = value instanceof JsonNumber number && number.isIntegral()
                    && fits(number, raw == Integer.class || raw == int.class);
            return whole ? Optional.empty() : Optional.of("api.json.integer");
        }
        if (raw == String.class) {
            return value.getValueType() == JsonValue.ValueType.STRING ? Optional.empty() : Optional.of("api.json.string");
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return value == JsonValue.TRUE || value == JsonValue.FALSE ? Optional.empty() : Optional.of("api.json.boolean");
        }
        if (raw == OffsetDateTime.class) {
            return parses(value, OffsetDateTime::parse) ? Optional.empty() : Optional.of("api.json.dateTime");
        }
        if (raw == LocalDate.class) {
            return parses(value, LocalDate::parse) ? Optional.empty() : Optional.of("api.json.date");
        }
        if (raw.isEnum()) {
            return isConstant(raw, value) ? Optional.empty() : Optional.of("api.json.name");
        }
        if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] instanceof Class<?> element && element.isEnum()) {
            return value instanceof JsonArray array && array.stream().allMatch(item -> isConstant(element, item))
                    ? Optional.empty() : Optional.of("api.json.names");
        }
        return Optional.of("api.json.unknown");
    }

    private static boolean fits(JsonNumber number, boolean intRange) {
        try {
            long whole = number.bigDecimalValue().longValueExact();
            return !intRange || whole == (int) whole;
        } catch (ArithmeticException e) {
            return false;
        }
    }

    private static boolean parses(JsonValue value, java.util.function.Function<String, ?> parser) {
        if (!(value instanceof JsonString text)) {
            return false;
        }
        try {
            parser.apply(text.getString());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isConstant(Class<?> enumType, JsonValue value) {
        return value instanceof JsonString text && Arrays.stream(enumType.getEnumConstants())
                .anyMatch(constant -> ((Enum<?>) constant).name().equals(text.getString()));
    }

    private static Optional<Field> fieldOf(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (field.getName().equals(name) && !Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)) {
                    return Optional.of(field);
                }
            }
        }
        return Optional.empty();
    }

    private static WebApplicationException refused(Problem problem) {
        return new WebApplicationException(problem.response());
    }
}
