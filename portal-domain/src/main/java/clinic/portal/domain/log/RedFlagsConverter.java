package clinic.portal.domain.log;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a session's red flags in one column ("SADDLE_NUMBNESS,NIGHT_PAIN"), read with the row, no extra query. */
@Converter
public class RedFlagsConverter implements AttributeConverter<Set<RedFlag>, String> {

    @Override
    public String convertToDatabaseColumn(Set<RedFlag> flags) {
        return flags == null || flags.isEmpty() ? null
                : flags.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<RedFlag> convertToEntityAttribute(String column) {
        Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).map(RedFlag::valueOf).forEach(flags::add);
        }
        return flags;
    }
}
