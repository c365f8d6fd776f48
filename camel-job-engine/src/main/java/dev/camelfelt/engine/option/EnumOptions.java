package dev.camelfelt.engine.option;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.spi.PropertyConfigurerGetter;

/**
 * Checks an endpoint's enum options before Camel converts them: Camel's own conversion error names neither the option
 * nor the values it takes.
 */
public final class EnumOptions {

    // an enum's values as the API and the URI spell them: Jackson's @JsonValue, else the constant's name
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EnumOptions() {
    }

    /**
     * Fails with a message naming the option, the endpoint and the valid values when an enum option of
     * {@code parameters} (the URI's options, not yet applied) has a value outside its enum.
     */
    public static void check(String endpoint, Map<String, Object> parameters, PropertyConfigurerGetter options) {
        parameters.forEach((name, value) -> {
            Class<?> type = options.getOptionType(name, true);
            if (type != null && type.isEnum() && value instanceof String text) {
                List<String> valid = values(type);
                if (valid.stream().noneMatch(text::equalsIgnoreCase)) {
                    throw new IllegalArgumentException("The " + name + " option of " + endpoint + " cannot be " + text
                                                       + ": use one of " + String.join(", ", valid));
                }
            }
        });
    }

    /** The values of an enum as a URI gives them. */
    public static List<String> values(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(value -> MAPPER.convertValue(value, String.class)).toList();
    }
}
