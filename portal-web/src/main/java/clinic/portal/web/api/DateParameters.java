package clinic.portal.web.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/** Reads {@code ?from=2026-03-02} as a {@link LocalDate}; anything else is a 400 problem document that names the parameter and says what a date looks like. */
@Provider
public class DateParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != LocalDate.class) {
            return null;
        }
        String name = Arrays.stream(annotations).filter(QueryParam.class::isInstance).map(a -> ((QueryParam) a).value())
                .findFirst().orElse("date");
        return (ParamConverter<T>) new ParamConverter<LocalDate>() {
            @Override
            public LocalDate fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(value.strip());
                } catch (DateTimeParseException e) {
                    Problem problem = Problem.ofKey(Response.Status.BAD_REQUEST, "api.parameter.date", name, value);
                    throw new BadRequestException(problem.field(name, Problem.text("api.parameter.date", name, value))
                            .response());
                }
            }

            @Override
            public String toString(LocalDate value) {
                return value.toString();
            }
        };
    }
}
